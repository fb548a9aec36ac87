import { testRule } from '../../../helpers/rule-tester';

testRule('date-future', {
  valid: [
    { name: 'an earlier date', yaml: () => {}, today: '2024-06-01' },
    { name: 'today itself', yaml: () => {}, today: '2024-01-05' },
    { name: 'a .docx dated earlier', docx: () => {}, today: '2024-06-01' },
  ],
  invalid: [
    { name: 'tomorrow', yaml: () => {}, today: '2024-01-04', errors: [{ messageId: 'future', at: 'Quảng Phú' }] },
    { name: 'a mistyped year', yaml: (d) => (d.ngay = '2042-01-05'), today: '2024-06-01', errors: [{ messageId: 'future', at: 'Quảng Phú' }] },
    { name: 'a .docx dated next year', docx: () => {}, today: '2023-12-31', errors: [{ messageId: 'future', at: 'Quảng Phú, ngày' }] },
  ],
});
