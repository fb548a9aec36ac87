import { COLLECTIVE_BODIES } from '../../model/collective-bodies';
import { isCollective, readAuthority } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-tl',
  code: 'CV504',
  description: {
    vi: 'T/L (thừa lệnh) ghi tên tập thể giao ký rồi chức vụ người ký: "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG".',
    en: 'T/L (by order) names the body that delegates, then the signer\'s title: "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG".',
  },
  reference: '§3.9',
  messages: {
    body: { vi: '"T/L {rest}": sau T/L là tên tập thể giao ký, ví dụ "T/L BAN THƯỜNG VỤ".', en: '"T/L {rest}": T/L is followed by the delegating body, e.g. "T/L BAN THƯỜNG VỤ".' },
    title: { vi: 'Sau "T/L {rest}" cần dòng chức vụ người ký, ví dụ "CHÁNH VĂN PHÒNG".', en: '"T/L {rest}" needs the signer\'s title on the next line, e.g. "CHÁNH VĂN PHÒNG".' },
  },
  options: { bodies: COLLECTIVE_BODIES },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (a?.kind !== 'T/L') continue;
    if (!isCollective(a.rest, ctx.options.bodies as string[])) ctx.report({ messageId: 'body', args: { rest: a.rest }, at: part.at });
    else if (ctx.parts('signer-title').length === 0) ctx.report({ messageId: 'title', args: { rest: a.rest }, at: part.at });
  }
}
