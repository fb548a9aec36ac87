import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'subject-cong-van',
  code: 'CV401',
  description: {
    vi: 'Công văn không có tên loại; trích yếu là dòng chữ nhỏ in nghiêng dưới số và ký hiệu.',
    en: 'A công văn has no type title; its subject is the small italic line under the number.',
  },
  reference: '§3.6',
  messages: {
    missing: { vi: 'Công văn thiếu trích yếu dưới số và ký hiệu.', en: 'The công văn has no subject line under the number.' },
    title: { vi: 'Công văn không có tên loại "{text}"; trích yếu đặt dưới số và ký hiệu.', en: 'A công văn has no type title "{text}"; the subject goes under the number.' },
    placed: { vi: 'Trích yếu "{text}" của công văn phải ở dưới số và ký hiệu, không ở giữa trang.', en: 'The subject "{text}" of a công văn goes under the number, not across the page.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  if (ctx.doc.docType !== 'cong-van') return;
  for (const part of ctx.parts('doc-title')) ctx.report({ messageId: 'title', args: { text: squash(part.text) }, at: part.at });
  const misplaced = ctx.parts('doc-subject');
  for (const part of misplaced) ctx.report({ messageId: 'placed', args: { text: squash(part.text) }, at: part.at });
  if (ctx.parts('cv-subject').length === 0 && misplaced.length === 0) ctx.report({ messageId: 'missing', at: ctx.parts('number')[0]?.at });
}
