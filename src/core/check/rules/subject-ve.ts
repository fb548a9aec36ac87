import { squash, startsUpper } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'subject-ve',
  code: 'CV404',
  description: {
    vi: 'Trích yếu dưới tên loại in thường; nghị quyết, chỉ thị, kết luận, quy định, thông tri, thông báo, tờ trình bắt đầu bằng "về …".',
    en: 'The subject under the type title is in lower case; nghị quyết, chỉ thị, kết luận, quy định, thông tri, thông báo, tờ trình start with "về …".',
  },
  reference: '§3.5',
  messages: {
    ve: { vi: 'Trích yếu "{text}" bắt đầu bằng "về" (chữ thường), ví dụ "về quy hoạch cán bộ".', en: 'The subject "{text}" starts with "về" (lower case), e.g. "về quy hoạch cán bộ".' },
    lower: { vi: 'Trích yếu "{text}" viết chữ thường ở đầu.', en: 'The subject "{text}" starts in lower case.' },
  },
  // Phụ lục 3 shows "THÔNG BÁO / về …"; a báo cáo, kế hoạch, chương trình … names its subject
  // directly ("KẾ HOẠCH / tổ chức đại hội …").
  options: { types: ['nghi-quyet', 'chi-thi', 'ket-luan', 'quy-dinh', 'thong-tri', 'thong-bao', 'to-trinh'] },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const type = ctx.doc.docType;
  if (!type) return ctx.notChecked('missing-part', 'docType');
  const first = ctx.parts('doc-subject')[0];
  if (type === 'cong-van' || !first) return;
  const text = squash(first.text);
  if ((ctx.options.types as string[]).includes(type) && !/^về\s/u.test(text)) ctx.report({ messageId: 've', args: { text }, at: first.at });
  else if (startsUpper(text)) ctx.report({ messageId: 'lower', args: { text }, at: first.at });
}
