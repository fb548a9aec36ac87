import { readAuthority } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-prefix-form',
  code: 'CV501',
  description: {
    vi: 'Quyền hạn ký viết T/M, K/T, T/L: chữ in hoa, gạch chéo, không dấu chấm.',
    en: 'The signing authority is written T/M, K/T, T/L: capitals, a slash, no full stop.',
  },
  reference: '§3.9',
  messages: {
    form: { vi: 'Viết "{expected}", không phải "{written}".', en: 'Write "{expected}", not "{written}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

/** State forms (TM., KT., TL., TUQ., Q.) are state-signature-prefix's. */
const STATE = /^(TM|KT|TL|TUQ|Q)\.$/;

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (!a || STATE.test(a.written) || a.kind === 'TUQ' || a.kind === 'Q') continue;
    if (a.written !== a.kind) ctx.report({ messageId: 'form', args: { expected: a.kind, written: a.written }, at: part.at });
  }
}
