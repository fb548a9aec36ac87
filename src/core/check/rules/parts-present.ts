import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'parts-present',
  code: 'CV001',
  description: {
    vi: 'Văn bản có đủ các thành phần bắt buộc: tên cơ quan ban hành, số và ký hiệu, địa danh và ngày tháng.',
    en: 'The document has its required parts: issuing body, number, place and date.',
  },
  reference: '§3.12',
  messages: {
    missing: { vi: 'Không thấy {part} trong văn bản.', en: 'No {partEn} found in the document.' },
  },
  options: {
    parts: {
      'issuing-body': { vi: 'tên cơ quan ban hành', en: 'issuing body' },
      number: { vi: 'số và ký hiệu ("Số …-…/…")', en: 'number ("Số …-…/…")' },
      'place-date': { vi: 'địa danh và ngày tháng năm ("…, ngày … tháng … năm …")', en: 'place and date ("…, ngày … tháng … năm …")' },
    },
  },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const parts = ctx.options.parts as Record<string, { vi: string; en: string }>;
  for (const [role, name] of Object.entries(parts)) {
    if (role === 'number' && ctx.doc.numberPending) continue; // given by the register at build time
    if (ctx.parts(role).length === 0) ctx.report({ messageId: 'missing', args: { part: name.vi, partEn: name.en } });
  }
}
