import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('header-caps', {
  valid: [
    { name: 'lower case in the YAML is printed in capitals', yaml: (d) => (d.co_quan.ten = 'Đảng ủy xã Quảng Phú') },
    { name: 'a .docx in capitals', docx: () => {} },
  ],
  invalid: [
    { name: 'the issuing body in lower case', docx: (f) => setText(f, 'ĐẢNG ỦY XÃ QUẢNG PHÚ', 'Đảng ủy xã Quảng Phú'), errors: [{ messageId: 'caps', at: 'Đảng ủy xã' }] },
    { name: 'the superior body in lower case', docx: (f) => setText(f, 'ĐẢNG BỘ TỈNH THANH HÓA', 'Đảng bộ tỉnh Thanh Hóa'), errors: [{ messageId: 'caps', at: 'Đảng bộ tỉnh' }] },
  ],
});
