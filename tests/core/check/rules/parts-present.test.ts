import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('parts-present', {
  valid: [
    { name: 'a YAML input (the schema requires the parts)', yaml: () => {} },
    { name: 'a generated .docx', docx: () => {} },
    { name: 'so: auto: the number comes from the register', yaml: (d) => (d.so_ky_hieu.so = 'auto') },
  ],
  invalid: [
    { name: 'a .docx without "Số …"', docx: (f) => setText(f, 'Số 05-CV/ĐU', ''), errors: [{ messageId: 'missing' }] },
    { name: 'a .docx without place and date', docx: (f) => setText(f, 'Quảng Phú, ngày 05 tháng 01 năm 2024', ''), errors: [{ messageId: 'missing' }] },
    {
      name: 'a .docx without the issuing body',
      docx: (f) => (setText(f, 'ĐẢNG ỦY XÃ QUẢNG PHÚ', ''), setText(f, 'ĐẢNG BỘ TỈNH THANH HÓA', '')),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
