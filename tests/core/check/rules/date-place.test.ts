import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

const DATE = 'Quảng Phú, ngày 05 tháng 01 năm 2024';

testRule('date-place', {
  valid: [
    { name: 'place, comma, date', yaml: () => {} },
    { name: 'a .docx "Quảng Phú, ngày …"', docx: () => {} },
  ],
  invalid: [
    { name: 'a place ending with a comma prints two', yaml: (d) => (d.dia_danh = 'Quảng Phú,'), errors: [{ messageId: 'comma', at: 'Quảng Phú,' }] },
    { name: 'no place in a .docx', docx: (f) => setText(f, DATE, 'ngày 05 tháng 01 năm 2024'), errors: [{ messageId: 'missing', at: 'ngày 05 tháng 01' }] },
    { name: 'no comma in a .docx', docx: (f) => setText(f, DATE, 'Quảng Phú ngày 05 tháng 01 năm 2024'), errors: [{ messageId: 'comma', at: 'Quảng Phú ngày' }] },
  ],
});
