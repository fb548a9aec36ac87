import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'subject-ve',
  code: 'CV404',
  description: {
    vi: 'Trích yếu dưới tên loại của nghị quyết, chỉ thị, kết luận, quy định, thông tri, thông báo, tờ trình thường bắt đầu bằng "về …" ("Về …" như văn bản Trung ương cũng được); chỉ là cảnh báo.',
    en: 'The subject under the type title of a nghị quyết, chỉ thị, kết luận, quy định, thông tri, thông báo or tờ trình usually starts with "về …" ("Về …", as central documents print it, is fine too); a warning only.',
  },
  reference: '§3.5',
  realUsage:
    'Phụ lục 3 shows "về …", but central documents print the subject in capitals ("VỀ THỂ LOẠI, THẨM QUYỀN BAN HÀNH …" in Quy định 66-QĐ/TW, 2017; Hướng dẫn 11-HD/VPTW, 2004) or with a capital, and plans, programmes and congress resolutions name their subject directly ("Đại hội đại biểu Đảng bộ Trường lần thứ XXXII", tests/corpus). A capital is no longer reported, and a missing "về" stays a warning for the types whose subject normally starts with it.',
  messages: {
    ve: { vi: 'Trích yếu "{text}" thường bắt đầu bằng "về", ví dụ "về quy hoạch cán bộ".', en: 'The subject "{text}" usually starts with "về", e.g. "về quy hoạch cán bộ".' },
  },
  // Phụ lục 3 shows "THÔNG BÁO / về …"; a báo cáo, kế hoạch, chương trình … names its subject
  // directly ("KẾ HOẠCH / tổ chức đại hội …"). Real central documents print "VỀ …" or "Về …"
  // (Quy định 66-QĐ/TW 2017), and report subjects start with a capital: neither is a mistake.
  options: { types: ['nghi-quyet', 'chi-thi', 'ket-luan', 'quy-dinh', 'thong-tri', 'thong-bao', 'to-trinh'] },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const type = ctx.doc.docType;
  if (!type) return ctx.notChecked('missing-part', 'docType');
  const first = ctx.parts('doc-subject')[0];
  if (type === 'cong-van' || !first) return;
  const text = squash(first.text);
  if ((ctx.options.types as string[]).includes(type) && !/^(về|Về|VỀ)\s/u.test(text)) ctx.report({ messageId: 've', args: { text }, at: first.at });
}
