import { COLLECTIVE_BODIES } from '../../model/collective-bodies';
import { messageEntry } from '../../messages';
import { isKtCollective, isMixed, readAuthority } from '../../model/signature-forms';
import { isCollective } from '../read-printed';
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
    // The loader refuses these two in a YAML input, with the same message and hint.
    collective: messageEntry('signature-kt-collective'),
    // "T/M ĐẢNG ỦY K/T BÍ THƯ" on one line, or K/T on the line under T/M (a .docx).
    mixed: messageEntry('signature-mixed'),
    'cap-uy': { vi: '"K/T {rest}" trong văn bản của {body}: văn bản của cấp ủy (tập thể) không ký K/T; cấp phó ký "T/M …" rồi ghi chức vụ của mình (ví dụ T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ).', en: '"K/T {rest}" in a document of {body}: a cấp ủy (a collective body) does not sign K/T; the deputy signs "T/M …" and then their own title (e.g. T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ).' },
  },
  options: { bodies: COLLECTIVE_BODIES },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const bodies = ctx.options.bodies as string[];
  // The issuing body, its lines joined ("ĐẢNG ỦY KHỐI CƠ QUAN VÀ" / "DOANH NGHIỆP TỈNH").
  const issuer = ctx.parts('issuing-body').map((p) => p.text).join(' ').trim();
  let tm: string | undefined;
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (!a) continue;
    if (isMixed(part.text)) ctx.report({ messageId: 'mixed', args: { value: part.text.trim() }, at: part.at });
    else if (a.kind === 'K/T' && tm) ctx.report({ messageId: 'mixed', args: { value: `${tm} / ${part.text.trim()}` }, at: part.at });
    else if (isKtCollective(a, bodies)) ctx.report({ messageId: 'collective', args: { body: a.rest }, at: part.at });
    else if (a.kind === 'K/T' && issuer && isCollective(issuer, bodies)) ctx.report({ messageId: 'cap-uy', args: { rest: a.rest, body: issuer }, at: part.at });
    if (a.kind === 'T/M') tm ??= part.text.trim();
  }
}
