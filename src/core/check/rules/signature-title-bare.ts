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
  messages: {
    bare: { vi: 'Chức vụ "{text}" chỉ ghi "{title}"; tên cơ quan đã có ở dòng quyền hạn và phần đầu.', en: 'Write the title "{text}" as "{title}"; the body is already named above.' },
  },
  // A biên bản's signers are the note-taker and the chair, who may name their post in full.
  options: {
    skipTypes: ['bien-ban'],
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
    if (title && !titles.some((t) => slug(t) === s)) ctx.report({ messageId: 'bare', args: { text, title }, at: part.at });
  }
}
