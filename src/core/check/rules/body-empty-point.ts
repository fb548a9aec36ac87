import { readMarker } from '../read-printed';
import { bodyParts } from '../roles';
import { hasWord } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'body-empty-point',
  code: 'CV902',
  description: {
    vi: 'Không có phần, điểm, ý chỉ có số thứ tự mà không có nội dung.',
    en: 'No section, point or sub-point with a marker and no text.',
  },
  reference: '§3.8',
  messages: {
    empty: { vi: 'Điểm "{marker}" không có nội dung.', en: 'The point "{marker}" has no text.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of bodyParts(ctx.doc)) {
    const m = readMarker(part.text);
    const bare = /^[-+•–]$/.test(part.text.trim());
    if ((m && !hasWord(m.rest)) || bare) ctx.report({ messageId: 'empty', args: { marker: part.text.trim() }, at: part.at });
  }
}
