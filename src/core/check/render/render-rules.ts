// The layout rules of `congvan check --render`: they read the pages LibreOffice printed
// (lines with their positions), not the document's structure, so they live apart from the
// rules of src/core/check/rules and run only with --render. Each finding names its page.
import type { RuleMeta, Severity } from '../types';

type RenderRule = RuleMeta & { readonly severity: Severity };

const rule = (id: string, code: string, reference: string, severity: Severity, description: RuleMeta['description'], message: RuleMeta['description']): RenderRule => ({
  id, code, reference, severity, description, messages: { found: message }, options: {}, sources: ['yaml', 'docx'],
});

export const RENDER_RULES: readonly RenderRule[] = [
  rule('render-date-split', 'CV951', '§3.4', 'error',
    { vi: 'Ngày tháng năm không bị ngắt giữa hai dòng.', en: 'The date is not broken across two lines.' },
    { vi: 'Trang {page}: ngày tháng bị ngắt giữa hai dòng: «{excerpt}».', en: 'Page {page}: the date is broken across two lines: «{excerpt}».' }),
  rule('render-name-split', 'CV952', '§3.2', 'error',
    { vi: 'Tên địa danh, tên cơ quan không bị tách ra hai dòng.', en: 'A place or organisation name is not split across lines.' },
    { vi: 'Trang {page}: tên "{name}" bị tách ra hai dòng: «{excerpt}».', en: 'Page {page}: the name "{name}" is split across lines: «{excerpt}».' }),
  rule('render-number-unit', 'CV953', '§3.6', 'error',
    { vi: 'Con số không bị tách khỏi đơn vị hay từ đi kèm ("6 tháng", "năm 2024").', en: 'A number is not separated from its unit or label ("6 tháng", "năm 2024").' },
    { vi: 'Trang {page}: "{pair}" bị tách ra hai dòng: «{excerpt}».', en: 'Page {page}: "{pair}" is split across lines: «{excerpt}».' }),
  rule('render-lone-word', 'CV954', '§3.5', 'error',
    { vi: 'Dòng cuối của một dòng canh giữa (tên cơ quan, tên loại, trích yếu, địa danh) không chỉ có một từ.', en: 'The last line of a centred field (body, title, subject, place-date) is not one word alone.' },
    { vi: 'Trang {page}: dòng cuối chỉ có một từ "{word}": «{excerpt}».', en: 'Page {page}: the last line is one word alone, "{word}": «{excerpt}».' }),
  rule('render-signature-alone', 'CV955', '§3.9', 'error',
    { vi: 'Thể thức đề ký không đứng một mình ở đầu trang.', en: 'The signature block does not stand alone at the top of a page.' },
    { vi: 'Trang {page}: thể thức đề ký đứng một mình ở đầu trang, không có dòng nội dung nào đi cùng.', en: 'Page {page}: the signature block stands alone at the top of the page, with no line of the text.' }),
  rule('render-empty-page', 'CV956', '§1', 'error',
    { vi: 'Không có trang cuối trống.', en: 'No empty last page.' },
    { vi: 'Trang {page}: trang cuối trống.', en: 'Page {page}: the last page is empty.' }),
  rule('render-half-blank', 'CV957', '§1', 'warning',
    { vi: 'Không có trang bỏ trống quá nửa trước chỗ sang trang.', en: 'No page more than half blank before a page break.' },
    { vi: 'Trang {page}: {blank}% trang để trống trước khi sang trang.', en: 'Page {page}: {blank}% of the page is left blank before the page break.' }),
];
