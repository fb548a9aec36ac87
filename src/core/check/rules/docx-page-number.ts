import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'docx-page-number',
  code: 'CV018',
  description: {
    vi: 'Số trang ở giữa lề trên, từ trang 2; trang 1 không đánh số.',
    en: 'Page numbers centred at the top from page 2; none on page 1.',
  },
  reference: '§1, §3.13',
  messages: {
    missing: { vi: 'Không có số trang (trường PAGE ở đầu trang); văn bản nhiều trang đánh số từ trang 2.', en: 'No page number (a PAGE field in the header); multi-page documents are numbered from page 2.' },
    'first-page': { vi: 'Trang 1 có số trang; bật "Trang đầu khác" (Different first page) để trang 1 không đánh số.', en: 'Page 1 is numbered; turn on "Different first page" so that page 1 is not.' },
    align: { vi: 'Số trang căn "{align}"; phải ở giữa.', en: 'The page number is aligned "{align}"; it must be centred.' },
  },
  options: {},
  sources: ['docx'],
};

export function check(ctx: RuleContext): void {
  const layout = ctx.doc.layout;
  if (!layout) return ctx.notChecked('missing-part', 'sectPr');
  const { pageNumber, titlePage } = layout;
  if (!pageNumber.otherPages) return ctx.report({ messageId: 'missing' });
  if (!titlePage || pageNumber.firstPage) ctx.report({ messageId: 'first-page' });
  if (pageNumber.align && pageNumber.align !== 'center') ctx.report({ messageId: 'align', args: { align: pageNumber.align } });
}
