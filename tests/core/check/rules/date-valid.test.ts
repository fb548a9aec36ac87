import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

const DATE = 'Quảng Phú, ngày 05 tháng 01 năm 2024';

testRule('date-valid', {
  valid: [
    { name: 'an ISO date', yaml: () => {} },
    { name: 'a Vietnamese date', yaml: (d) => (d.ngay = '29/2/2024') },
    { name: 'a .docx date', docx: () => {} },
    { name: 'no date line at all: not checked', docx: (f) => setText(f, DATE, ''), notChecked: true },
  ],
  invalid: [
    { name: '31 February', docx: (f) => setText(f, DATE, 'Quảng Phú, ngày 31 tháng 02 năm 2024'), errors: [{ messageId: 'impossible', at: 'ngày 31' }] },
    { name: 'digits instead of "tháng … năm"', docx: (f) => setText(f, DATE, 'Quảng Phú, ngày 05/01/2024'), errors: [{ messageId: 'shape', at: 'ngày 05/01/2024' }] },
    { name: 'the words in another order', docx: (f) => setText(f, DATE, 'Quảng Phú, năm 2024 ngày 05 tháng 01 năm 2024 xx'), errors: [{ messageId: 'shape', at: 'năm 2024 ngày' }] },
  ],
});
