import { slug, squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-title-bare',
  code: 'CV505',
  description: {
    vi: 'Chức vụ người ký chỉ ghi chức danh ("BÍ THƯ"), không kèm tên cơ quan ("BÍ THƯ TỈNH ỦY").',
    en: 'The signer\'s title is the bare title ("BÍ THƯ"), without the body ("BÍ THƯ TỈNH ỦY").',
  },
  reference: '§3.9',
  realUsage:
    'Central and provincial documents are signed "T/M BỘ CHÍNH TRỊ / PHÓ BÍ THƯ THƯỜNG TRỰC" or "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC": the standing deputy is a post, not a title with the body\'s name after it, so a known title followed by one of `qualifiers` ("THƯỜNG TRỰC") is accepted.',
  messages: {
    bare: { vi: 'Chức vụ "{text}" chỉ ghi "{title}"; tên cơ quan đã có ở dòng quyền hạn và phần đầu.', en: 'Write the title "{text}" as "{title}"; the body is already named above.' },
  },
  // A biên bản's signers are the note-taker and the chair, who may name their post in full.
  options: {
    skipTypes: ['bien-ban'],
    qualifiers: ['THƯỜNG TRỰC'],
    titles: ['BÍ THƯ', 'PHÓ BÍ THƯ', 'THƯỜNG TRỰC', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'ỦY VIÊN', 'TỔNG BÍ THƯ', 'BÍ THƯ THƯỜNG TRỰC'],
  },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  if ((ctx.options.skipTypes as string[]).includes(ctx.doc.docType ?? '')) return;
  const titles = [...(ctx.options.titles as string[])].sort((a, b) => b.length - a.length);
  for (const part of ctx.parts('signer-title')) {
    const text = squash(part.text);
    const s = slug(text);
    const title = titles.find((t) => s.startsWith(`${slug(t)}-`));
    // "PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ CHỦ NHIỆM THƯỜNG TRỰC": the standing deputy is a post.
    const compound = title && (ctx.options.qualifiers as string[]).some((q) => s === `${slug(title)}-${slug(q)}`);
    if (title && !compound && !titles.some((t) => slug(t) === s)) ctx.report({ messageId: 'bare', args: { text, title }, at: part.at });
  }
}
