import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('body-empty-point', {
  valid: [
    { name: 'points with text', yaml: () => {} },
    { name: 'a .docx', docx: () => {} },
  ],
  invalid: [
    { name: 'a number alone', yaml: (d) => (d.noi_dung.cac_diem = ['1. Quán triệt.', '2.']), errors: [{ messageId: 'empty', at: '"2."' }] },
    { name: 'a letter alone', yaml: (d) => (d.noi_dung.cac_diem = [{ doan: '1. Một.', cac_y: ['a) x.', 'b)'] }]), errors: [{ messageId: 'empty', at: 'b)' }] },
    { name: 'a number alone in a .docx', docx: (f) => setText(f, '2. Báo cáo.', '2.'), errors: [{ messageId: 'empty', at: '2.' }] },
  ],
});
