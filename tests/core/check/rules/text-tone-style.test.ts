import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('text-tone-style', {
  valid: [
    { name: '"ủy" everywhere', yaml: () => {} },
    { name: 'old style everywhere', yaml: (d) => ((d.co_quan.ten = 'ĐẢNG UỶ XÃ QUẢNG PHÚ'), (d.ky.quyen_han = 'T/M ĐẢNG UỶ'), (d.noi_nhan = ['Như trên', 'Lưu Đảng uỷ'])) },
    { name: 'a .docx in one style', docx: () => {} },
    // Real usage: 1023-CV/ĐUK prints "THANH HOÁ" in its header and "Thanh Hóa" in its text.
    { name: 'old style in the capitals, new style in the text, each consistent', yaml: (d) => ((d.co_quan.ten = 'ĐẢNG UỶ XÃ QUẢNG PHÚ'), (d.ky.quyen_han = 'T/M ĐẢNG UỶ')) },
  ],
  invalid: [
    { name: 'both styles in the capitals', yaml: (d) => (d.co_quan.ten = 'ĐẢNG UỶ XÃ QUẢNG PHÚ'), errors: [{ messageId: 'mixed', at: 'UỶ XÃ' }] },
    { name: '"uỷ" once among "ủy"', yaml: (d) => (d.noi_dung.mo_dau = 'Thực hiện chỉ đạo của cấp uỷ.'), errors: [{ messageId: 'mixed', at: 'uỷ.' }] },
    { name: '"hoá" beside "hóa" in a .docx', docx: (f) => setText(f, '2. Báo cáo.', '2. Báo cáo văn hoá.'), input: (d) => (d.noi_dung.mo_dau = 'Xây dựng văn hóa và văn hóa cơ sở.'), errors: [{ messageId: 'mixed', at: '2. Báo cáo văn hoá.' }] },
  ],
});
