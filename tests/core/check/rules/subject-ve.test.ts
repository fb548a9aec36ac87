import { addAfterHeader, paragraphXml, setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

const as = (loai: string, trich_yeu: string) => (d: Record<string, any>) => ((d.loai = loai), (d.trich_yeu = trich_yeu), delete d.kinh_gui);

testRule('subject-ve', {
  valid: [
    { name: 'a nghị quyết "về …"', yaml: as('nghi-quyet', 'về công tác xây dựng Đảng năm 2024') },
    { name: 'a kế hoạch names its subject directly', yaml: as('ke-hoach', 'tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027') },
    { name: 'a công văn', yaml: () => {} },
    // Real usage: central documents print "Về …" (Quy định 105-QĐ/TW), reports "Kết quả …".
    { name: '"Về" with a capital, as central documents print it', yaml: as('quy-dinh', 'Về phân cấp quản lý cán bộ') },
    { name: 'a báo cáo subject starting with a capital', yaml: as('bao-cao', 'Kết quả công tác năm 2024') },
  ],
  invalid: [
    { name: 'a nghị quyết without "về"', yaml: as('nghi-quyet', 'công tác xây dựng Đảng năm 2024'), errors: [{ messageId: 've', at: 'công tác xây dựng' }] },
    { name: 'a thông báo starting "Thông báo"', yaml: as('thong-bao', 'Lịch công tác tháng 01'), errors: [{ messageId: 've', at: 'Lịch công tác' }] },
    {
      name: 'a .docx thông báo without "về"',
      docx: (f) => {
        setText(f, 'V/v triển khai nhiệm vụ', '');
        setText(f, 'Kính gửi: Các chi bộ trực thuộc.', '');
        setText(f, 'Số 05-CV/ĐU', 'Số 05-TB/ĐU');
        addAfterHeader(f, paragraphXml('THÔNG BÁO', { align: 'center', bold: true }), paragraphXml('lịch công tác tháng 01', { align: 'center', bold: true }));
      },
      errors: [{ messageId: 've', at: 'lịch công tác' }],
    },
  ],
});
