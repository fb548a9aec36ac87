import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('noi-nhan-luu', {
  valid: [
    { name: '"Lưu Đảng ủy" (the full stop is added when printed)', yaml: () => {} },
    { name: 'a .docx "- Lưu Đảng ủy."', docx: () => {} },
  ],
  invalid: [
    { name: 'no "Lưu" line', yaml: (d) => (d.noi_nhan = ['Như trên', 'Ban Tổ chức']), errors: [{ messageId: 'luu', at: 'Ban Tổ chức' }] },
    { name: 'a comma at the end', yaml: (d) => (d.noi_nhan = ['Như trên', 'Lưu Đảng ủy,']), errors: [{ messageId: 'period', at: 'Lưu Đảng ủy,' }] },
    { name: 'no full stop in a .docx', docx: (f) => setText(f, '- Lưu Đảng ủy.', '- Lưu Đảng ủy'), errors: [{ messageId: 'period', at: '- Lưu Đảng ủy' }] },
  ],
});
