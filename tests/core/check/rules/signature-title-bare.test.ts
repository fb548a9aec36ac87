import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('signature-title-bare', {
  valid: [
    { name: 'BÍ THƯ', yaml: () => {} },
    { name: 'PHÓ CHÁNH VĂN PHÒNG', yaml: (d) => ((d.ky.quyen_han = 'T/L BAN THƯỜNG VỤ'), (d.ky.chuc_vu = 'PHÓ CHÁNH VĂN PHÒNG')) },
    { name: 'a title not in the list is left alone', yaml: (d) => (d.ky.chuc_vu = 'TỔ TRƯỞNG TỔ CÔNG TÁC') },
    { name: 'a .docx "BÍ THƯ"', docx: () => {} },
  ],
  invalid: [
    { name: 'BÍ THƯ ĐẢNG ỦY', yaml: (d) => (d.ky.chuc_vu = 'BÍ THƯ ĐẢNG ỦY'), errors: [{ messageId: 'bare', at: 'BÍ THƯ ĐẢNG ỦY' }] },
    { name: 'PHÓ BÍ THƯ TỈNH ỦY in a .docx', docx: (f) => setText(f, 'BÍ THƯ', 'PHÓ BÍ THƯ TỈNH ỦY'), errors: [{ messageId: 'bare', at: 'PHÓ BÍ THƯ TỈNH ỦY' }] },
  ],
});
