import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'noi-nhan-dash',
  code: 'CV601',
  description: {
    vi: 'Mỗi dòng nơi nhận bắt đầu bằng gạch ngang và một dấu cách: "- Như trên,".',
    en: 'Each recipient line starts with a hyphen and a space: "- Như trên,".',
  },
  reference: '§3.10',
  messages: {
    dash: { vi: 'Dòng nơi nhận "{text}" bắt đầu bằng "- ".', en: 'The recipient line "{text}" starts with "- ".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

const OTHER_MARK = /^(\s*)(?:[–—+•*·]|-(?!\s))\s*/u;

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('noi-nhan')) {
    const text = squash(part.text);
    if (text.startsWith('- ')) continue;
    const fix = part.path && { path: part.path, edit: (s: string) => s.replace(OTHER_MARK, '$1- ') };
    ctx.report({ messageId: 'dash', args: { text }, at: part.at, ...(fix && OTHER_MARK.test(text) && { fix }) });
  }
}
