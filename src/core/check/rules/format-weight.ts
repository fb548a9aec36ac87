import { reportFormat } from '../format-differences';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'format-weight',
  code: 'CV014',
  description: {
    vi: 'Chữ đậm đúng chỗ: tiêu đề, tên cơ quan ban hành, quyền hạn ký, họ tên in đậm; cơ quan cấp trên, số, ngày, chức vụ không đậm.',
    en: 'Bold where the standard puts it: Party title, issuing body, signing authority, name; not the superior body, number, date or title.',
  },
  reference: '§2, §3.2, §3.9',
  messages: {
    bold: { vi: '{element} phải in đậm ({count} đoạn).', en: '{elementEn} must be bold ({count} paragraph(s)).' },
    regular: { vi: '{element} không in đậm ({count} đoạn).', en: '{elementEn} must not be bold ({count} paragraph(s)).' },
  },
  // Body paragraphs carry the author's emphasis (bold headings "I-", "1."): not judged here.
  // An article line is bold in its label and title only ("Điều 1. Phạm vi" then regular text).
  options: { skip: ['body', 'point', 'sub-point', 'article'] },
  sources: ['docx'],
};

export function check(ctx: RuleContext): void {
  reportFormat(ctx, (part, style) => {
    const expected = style.bold === true;
    if (part.format!.bold === expected) return undefined;
    return { messageId: expected ? 'bold' : 'regular', args: {} };
  });
}
