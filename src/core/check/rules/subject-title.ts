import { isUpperCase, squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'subject-title',
  code: 'CV402',
  description: {
    vi: 'Văn bản không phải công văn có tên loại in hoa ở giữa trang, rồi trích yếu bắt đầu bằng "về …".',
    en: 'Documents other than công văn have a centred type title in capitals, then a subject starting "về …".',
  },
  reference: '§3.5',
  messages: {
    'missing-title': { vi: 'Thiếu tên loại văn bản (ví dụ "NGHỊ QUYẾT") ở giữa trang, dưới phần đầu.', en: 'The type title (e.g. "NGHỊ QUYẾT") is missing below the header.' },
    'title-caps': { vi: 'Tên loại "{text}" phải in hoa.', en: 'The type title "{text}" must be in capitals.' },
    'missing-subject': { vi: 'Thiếu trích yếu "về …" dưới tên loại.', en: 'The subject "về …" under the type title is missing.' },
    've': { vi: 'Trích yếu "{text}" bắt đầu bằng "về" (chữ thường).', en: 'The subject "{text}" starts with "về" (lower case).' },
  },
  options: { withoutSubject: [] },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const type = ctx.doc.docType;
  if (!type) return ctx.notChecked('missing-part', 'docType');
  if (type === 'cong-van') return;
  const titles = ctx.parts('type-title');
  if (titles.length === 0) return ctx.report({ messageId: 'missing-title', at: ctx.parts('number')[0]?.at });
  for (const t of titles) if (!isUpperCase(t.text)) ctx.report({ messageId: 'title-caps', args: { text: squash(t.text) }, at: t.at });
  if ((ctx.options.withoutSubject as string[]).includes(type)) return;
  const subjects = ctx.parts('subject');
  if (subjects.length === 0) return ctx.report({ messageId: 'missing-subject', at: titles.at(-1)!.at });
  const first = subjects[0]!;
  if (!/^về\s/u.test(squash(first.text))) ctx.report({ messageId: 've', args: { text: squash(first.text) }, at: first.at });
}
