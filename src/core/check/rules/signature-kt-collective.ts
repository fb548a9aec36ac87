import { COLLECTIVE_BODIES } from '../../model/collective-bodies';
import { isCollective, readAuthority } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-kt-collective',
  code: 'CV503',
  description: {
    vi: 'Không dùng K/T cho tập thể: cấp phó của cấp ủy ký "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", không thêm "K/T BÍ THƯ"; văn bản do cấp ủy ban hành không ký K/T.',
    en: 'No K/T for collective bodies: a deputy secretary signs "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", without "K/T BÍ THƯ"; a document a cấp ủy issues is not signed K/T.',
  },
  reference: '§3.9',
  realUsage:
    'Deputies of a cấp ủy sometimes copy the state habit and sign "K/T BÍ THƯ / PHÓ BÍ THƯ" in a document the đảng ủy itself issues. HD36 1.7.1 keeps K/T for advisory bodies, so a K/T line in a document whose issuing body is a cấp ủy (or another collective body) is reported too, not only "K/T BAN THƯỜNG VỤ" and K/T under T/M.',
  messages: {
    collective: { vi: '"K/T {rest}": K/T không dùng cho tập thể; viết "T/M {rest}".', en: '"K/T {rest}": K/T is not used for a collective body; write "T/M {rest}".' },
    'under-tm': { vi: '"K/T {rest}" dưới "T/M …" là thể thức của văn bản nhà nước; bỏ dòng này, cấp phó ký "T/M …" rồi ghi chức vụ của mình.', en: '"K/T {rest}" under "T/M …" is the state form; drop it: the deputy signs "T/M …" and then their own title.' },
    'cap-uy': { vi: '"K/T {rest}" trong văn bản của {body}: văn bản của cấp ủy (tập thể) không ký K/T; cấp phó ký "T/M …" rồi ghi chức vụ của mình (ví dụ T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ).', en: '"K/T {rest}" in a document of {body}: a cấp ủy (a collective body) does not sign K/T; the deputy signs "T/M …" and then their own title (e.g. T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ).' },
  },
  options: { bodies: COLLECTIVE_BODIES },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const bodies = ctx.options.bodies as string[];
  // The issuing body, its lines joined ("ĐẢNG ỦY KHỐI CƠ QUAN VÀ" / "DOANH NGHIỆP TỈNH").
  const issuer = ctx.parts('issuing-body').map((p) => p.text).join(' ').trim();
  let underTm = false;
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (!a) continue;
    if (a.kind === 'K/T' && underTm) ctx.report({ messageId: 'under-tm', args: { rest: a.rest }, at: part.at });
    else if (a.kind === 'K/T' && isCollective(a.rest, bodies)) ctx.report({ messageId: 'collective', args: { rest: a.rest }, at: part.at });
    else if (a.kind === 'K/T' && issuer && isCollective(issuer, bodies)) ctx.report({ messageId: 'cap-uy', args: { rest: a.rest, body: issuer }, at: part.at });
    underTm ||= a.kind === 'T/M';
  }
}
