import { bodyParts } from '../roles';
import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'state-ending',
  code: 'CV704',
  description: {
    vi: 'Nội dung không kết thúc bằng "./." (thói quen của văn bản nhà nước); văn bản của Đảng kết thúc bằng dấu chấm.',
    en: 'The body does not end with "./." (a state habit); a Party document ends with a full stop.',
  },
  reference: '§3.8, §7',
  messages: {
    ending: { vi: 'Bỏ "./." ở cuối nội dung; kết thúc bằng dấu chấm.', en: 'Drop the "./." at the end of the body; end with a full stop.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const last = bodyParts(ctx.doc).at(-1);
  if (!last) return ctx.notChecked('missing-part', 'body');
  if (/\.\s*\/\s*\.$/.test(squash(last.text))) ctx.report({ messageId: 'ending', at: last.at });
}
