import { readNumber } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'number-padding',
  code: 'CV105',
  description: {
    vi: 'Số văn bản nhỏ hơn 10 viết 01–09 (số ghi liên tục từ 01 cho mỗi thể loại trong nhiệm kỳ).',
    en: 'Numbers below 10 are written 01–09 (numbering runs from 01 per type and term).',
  },
  reference: '§3.3',
  messages: {
    pad: { vi: 'Số "{serial}" viết là "0{serial}".', en: 'Write the number "{serial}" as "0{serial}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('number')) {
    const n = readNumber(part.text);
    const serial = n?.party?.serial ?? n?.state?.serial;
    if (serial && /^[1-9]$/.test(serial)) ctx.report({ messageId: 'pad', args: { serial }, at: part.at });
  }
}
