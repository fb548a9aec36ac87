import { readNumber } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'number-issuer-code',
  code: 'CV104',
  description: {
    vi: 'Số và ký hiệu có ký hiệu cơ quan ban hành sau dấu gạch chéo: "1023-CV/ĐUK".',
    en: 'The number carries the issuing-body code after the slash: "1023-CV/ĐUK".',
  },
  reference: '§3.3, §5.1',
  messages: {
    missing: { vi: 'Thiếu ký hiệu cơ quan ban hành sau "{rest}": viết "{rest}/<ký hiệu>", ví dụ "{rest}/TU".', en: 'The issuing-body code is missing after "{rest}": write "{rest}/<code>", e.g. "{rest}/TU".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('number')) {
    const n = readNumber(part.text);
    if (n?.party && !n.party.issuerCode) ctx.report({ messageId: 'missing', args: { rest: n.rest.replace(/\/$/, '') }, at: part.at });
  }
}
