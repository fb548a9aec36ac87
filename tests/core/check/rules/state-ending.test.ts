import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('state-ending', {
  valid: [
    { name: 'a full stop', yaml: () => {} },
    { name: 'a .docx ending with a full stop', docx: () => {} },
  ],
  invalid: [
    { name: '"./." at the end of the last point', yaml: (d) => (d.noi_dung.cac_diem = ['1. Quán triệt.', '2. Báo cáo./.']), errors: [{ messageId: 'ending', at: '2. Báo cáo./.' }] },
    { name: '"./." in a .docx', docx: (f) => setText(f, '2. Báo cáo.', '2. Báo cáo./.'), errors: [{ messageId: 'ending', at: '2. Báo cáo./.' }] },
  ],
});
