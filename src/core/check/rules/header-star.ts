import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'header-star',
  code: 'CV303',
  description: {
    vi: 'Dấu "*" trên một dòng riêng, dưới tên cơ quan ban hành.',
    en: 'An asterisk "*" on its own line under the issuing body.',
  },
  reference: '§3.2',
  messages: {
    missing: { vi: 'Thiếu dấu "*" dưới tên cơ quan ban hành.', en: 'The "*" under the issuing body is missing.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const bodies = ctx.need('issuing-body');
  if (bodies.length > 0 && ctx.parts('star').length === 0) ctx.report({ messageId: 'missing', at: bodies.at(-1)!.at });
}
