import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('noi-nhan-dash', {
  valid: [
    { name: 'plain lines (the dash is added when printed)', yaml: () => {} },
    { name: 'lines written with "- "', yaml: (d) => (d.noi_nhan = ['- Như trên,', '- Lưu Đảng ủy.']) },
    { name: 'a .docx', docx: () => {} },
  ],
  invalid: [
    { name: 'an en dash', yaml: (d) => (d.noi_nhan = ['– Như trên', 'Lưu Đảng ủy']), errors: [{ messageId: 'dash', at: '– Như trên' }] },
    { name: 'a plus', yaml: (d) => (d.noi_nhan = ['Như trên', '+ Lưu Đảng ủy']), errors: [{ messageId: 'dash', at: '+ Lưu' }] },
    { name: 'no dash in a .docx', docx: (f) => setText(f, '- Như trên,', 'Như trên,'), errors: [{ messageId: 'dash', at: 'Như trên,' }] },
  ],
});
