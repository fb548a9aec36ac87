import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('noi-nhan-comma', {
  valid: [
    { name: 'commas added when printed', yaml: () => {} },
    { name: 'a .docx', docx: () => {} },
  ],
  invalid: [
    { name: 'a semicolon (state format)', yaml: (d) => (d.noi_nhan = ['Như trên;', 'Lưu Đảng ủy']), errors: [{ messageId: 'comma', at: 'Như trên;' }] },
    { name: 'a full stop before the last line', yaml: (d) => (d.noi_nhan = ['Như trên.', 'Ban Tổ chức (b/c),', 'Lưu Đảng ủy']), errors: [{ messageId: 'comma', at: 'Như trên.' }] },
    { name: 'a semicolon in a .docx', docx: (f) => setText(f, '- Như trên,', '- Như trên;'), errors: [{ messageId: 'comma', at: '- Như trên;' }] },
  ],
});
