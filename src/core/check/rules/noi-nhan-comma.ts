import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'noi-nhan-comma',
  code: 'CV602',
  description: {
    vi: 'Các dòng nơi nhận (trừ dòng cuối) kết thúc bằng dấu phẩy, không dùng dấu chấm phẩy như văn bản nhà nước.',
    en: 'Recipient lines (but the last) end with a comma, not the state format\'s semicolon.',
  },
  reference: '§3.10, §7',
  messages: {
    comma: { vi: 'Dòng nơi nhận "{text}" kết thúc bằng dấu phẩy ",".', en: 'The recipient line "{text}" ends with a comma ",".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

export function check(ctx: RuleContext): void {
  const lines = ctx.parts('noi-nhan');
  for (const part of lines.slice(0, -1)) {
    const text = squash(part.text);
    if (text.endsWith(',')) continue;
    const fixable = part.path && /[;.]$/.test(text);
    ctx.report({
      messageId: 'comma',
      args: { text },
      at: part.at,
      ...(fixable && { fix: { path: part.path!, edit: (s: string) => s.replace(/[;.](\s*)$/, ',$1') } }),
    });
  }
}
