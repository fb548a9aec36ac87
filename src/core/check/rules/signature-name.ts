import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-name',
  code: 'CV506',
  description: {
    vi: 'Có họ tên người ký dưới chữ ký.',
    en: 'The signer\'s full name is under the signature.',
  },
  reference: '§3.9',
  messages: {
    missing: { vi: 'Thiếu họ tên người ký.', en: 'The signer\'s name is missing.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const names = ctx.parts('signer-name').filter((p) => p.text.trim());
  if (names.length === 0) ctx.report({ messageId: 'missing', at: ctx.parts('signer-authority')[0]?.at ?? ctx.parts('signer-title')[0]?.at });
}
