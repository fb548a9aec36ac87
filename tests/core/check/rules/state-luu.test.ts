import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('state-luu', {
  valid: [
    { name: '"Lưu Đảng ủy"', yaml: () => {} },
    { name: 'a .docx "- Lưu Đảng ủy."', docx: () => {} },
  ],
  invalid: [
    { name: '"Lưu: VT"', yaml: (d) => (d.noi_nhan = ['Như trên', 'Lưu: VT']), errors: [{ messageId: 'colon', at: '"Lưu: VT"' }, { messageId: 'vt', at: '"Lưu: VT"' }] },
    { name: 'a colon in a .docx', docx: (f) => setText(f, '- Lưu Đảng ủy.', '- Lưu: Đảng ủy.'), errors: [{ messageId: 'colon', at: '- Lưu: Đảng ủy.' }] },
  ],
});
