import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

const DATE = 'Quảng Phú, ngày 05 tháng 01 năm 2024';

testRule('date-padding', {
  valid: [
    { name: 'ISO 2024-01-05', yaml: () => {} },
    { name: '05/01/2024', yaml: (d) => (d.ngay = '05/01/2024') },
    { name: '19/7/2023: months 3–12 take no zero', yaml: (d) => (d.ngay = '19/7/2023') },
    { name: 'a .docx "ngày 05 tháng 01"', docx: () => {} },
    { name: 'a .docx "ngày 19 tháng 7"', docx: (f) => setText(f, DATE, 'Quảng Phú, ngày 19 tháng 7 năm 2023') },
    // The older habit real offices print (568-CV/ĐU, 11-HD/VPTW in tests/corpus): not a mistake.
    { name: 'a .docx "tháng 07", every month padded', docx: (f) => setText(f, DATE, 'Quảng Phú, ngày 19 tháng 07 năm 2023') },
    { name: '07/05/2020 with ngay_thang_hai_so: true', yaml: (d) => ((d.ngay = '07/05/2020'), (d.ngay_thang_hai_so = true)) },
  ],
  invalid: [
    { name: '5/1/2024 in the YAML', yaml: (d) => (d.ngay = '5/1/2024'), errors: [{ messageId: 'input', at: '5/1/2024' }] },
    { name: '2024-1-5 in the YAML', yaml: (d) => (d.ngay = '2024-1-5'), errors: [{ messageId: 'input', at: '2024-1-5' }] },
    { name: 'a .docx "ngày 5 tháng 1"', docx: (f) => setText(f, DATE, 'Quảng Phú, ngày 5 tháng 1 năm 2024'), errors: [{ messageId: 'printed', at: 'ngày 5 tháng 1' }] },
    { name: 'a .docx "ngày 5 tháng 07": the day is still unpadded', docx: (f) => setText(f, DATE, 'Quảng Phú, ngày 5 tháng 07 năm 2023'), errors: [{ messageId: 'printed', at: 'ngày 5 tháng 07' }] },
    { name: '7/5/2020 with ngay_thang_hai_so: true', yaml: (d) => ((d.ngay = '7/5/2020'), (d.ngay_thang_hai_so = true)), errors: [{ messageId: 'input', at: '7/5/2020' }] },
  ],
});
