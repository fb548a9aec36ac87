import { isUpperCase, squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'subject-title',
  code: 'CV402',
  description: {
    vi: 'Văn bản không phải công văn có tên loại in hoa ở giữa trang, rồi trích yếu.',
    en: 'Documents other than công văn have a centred type title in capitals, then the subject.',
  },
  reference: '§3.5',
  realUsage:
    'Central documents print their subject in capitals under the title ("HƯỚNG DẪN / THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW …", Hướng dẫn 06-HD/UBKTTW, 2018; Quyết định 218-QĐ/TW, 2013; both in tests/corpus), which the recogniser took for a conference line, so this rule said the subject was missing. The line just above the "-----" that closes the title block is now read as the subject, whatever its case.',
  messages: {
    'missing-title': { vi: 'Thiếu tên loại văn bản (ví dụ "NGHỊ QUYẾT") ở giữa trang, dưới phần đầu.', en: 'The type title (e.g. "NGHỊ QUYẾT") is missing below the header.' },
    'title-caps': { vi: 'Tên loại "{text}" phải in hoa.', en: 'The type title "{text}" must be in capitals.' },
    'missing-subject': { vi: 'Thiếu trích yếu dưới tên loại.', en: 'The subject under the type title is missing.' },
  },
  options: { withoutSubject: [] },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const type = ctx.doc.docType;
  if (!type) return ctx.notChecked('missing-part', 'docType');
  if (type === 'cong-van') return;
  const titles = ctx.parts('doc-title');
  if (titles.length === 0) return ctx.report({ messageId: 'missing-title', at: ctx.parts('number')[0]?.at });
  for (const t of titles) if (!isUpperCase(t.text)) ctx.report({ messageId: 'title-caps', args: { text: squash(t.text) }, at: t.at });
  if ((ctx.options.withoutSubject as string[]).includes(type)) return;
  if (ctx.parts('doc-subject').length === 0) ctx.report({ messageId: 'missing-subject', at: titles.at(-1)!.at });
}
