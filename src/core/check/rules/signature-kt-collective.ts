import { COLLECTIVE_BODIES } from '../../model/collective-bodies';
import { isCollective, readAuthority } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-kt-collective',
  code: 'CV503',
  description: {
    vi: 'Không dùng K/T cho tập thể: cấp phó của cấp ủy ký "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", không thêm "K/T BÍ THƯ".',
    en: 'No K/T for collective bodies: a deputy secretary signs "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", without "K/T BÍ THƯ".',
  },
  reference: '§3.9',
  messages: {
    collective: { vi: '"K/T {rest}": K/T không dùng cho tập thể; viết "T/M {rest}".', en: '"K/T {rest}": K/T is not used for a collective body; write "T/M {rest}".' },
    'under-tm': { vi: '"K/T {rest}" dưới "T/M …" là thể thức của văn bản nhà nước; bỏ dòng này, cấp phó ký "T/M …" rồi ghi chức vụ của mình.', en: '"K/T {rest}" under "T/M …" is the state form; drop it: the deputy signs "T/M …" and then their own title.' },
  },
  options: { bodies: COLLECTIVE_BODIES },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  let underTm = false;
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (!a) continue;
    if (a.kind === 'K/T' && underTm) ctx.report({ messageId: 'under-tm', args: { rest: a.rest }, at: part.at });
    else if (a.kind === 'K/T' && isCollective(a.rest, ctx.options.bodies as string[])) ctx.report({ messageId: 'collective', args: { rest: a.rest }, at: part.at });
    underTm ||= a.kind === 'T/M';
  }
}
