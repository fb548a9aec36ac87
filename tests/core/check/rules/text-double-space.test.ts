import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('text-double-space', {
  valid: [
    { name: 'single spaces', yaml: () => {} },
    { name: 'a .docx with single spaces', docx: () => {} },
  ],
  invalid: [
    { name: 'two spaces in the YAML', yaml: (d) => (d.noi_dung.mo_dau = 'Thực hiện  chỉ đạo của cấp trên.'), errors: [{ messageId: 'double', at: '  chỉ đạo' }] },
    { name: 'three spaces in a .docx', docx: (f) => setText(f, '2. Báo cáo.', '2. Báo   cáo.'), errors: [{ messageId: 'double', at: '2. Báo   cáo.' }] },
  ],
});
