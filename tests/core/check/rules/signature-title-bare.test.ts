import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('signature-title-bare', {
  valid: [
    { name: 'BÍ THƯ', yaml: () => {} },
    { name: 'PHÓ CHÁNH VĂN PHÒNG', yaml: (d) => ((d.ky.quyen_han = 'T/L BAN THƯỜNG VỤ'), (d.ky.chuc_vu = 'PHÓ CHÁNH VĂN PHÒNG')) },
    { name: 'a title not in the list is left alone', yaml: (d) => (d.ky.chuc_vu = 'TỔ TRƯỞNG TỔ CÔNG TÁC') },
    { name: 'a .docx "BÍ THƯ"', docx: () => {} },
    // Real usage: "T/M BỘ CHÍNH TRỊ / PHÓ BÍ THƯ THƯỜNG TRỰC" (central documents).
    { name: 'PHÓ BÍ THƯ THƯỜNG TRỰC, a compound post', yaml: (d) => ((d.ky.quyen_han = 'T/M BAN THƯỜNG VỤ'), (d.ky.chuc_vu = 'PHÓ BÍ THƯ THƯỜNG TRỰC')) },
    { name: 'a .docx PHÓ CHỦ NHIỆM THƯỜNG TRỰC', docx: (f) => setText(f, 'BÍ THƯ', 'PHÓ CHỦ NHIỆM THƯỜNG TRỰC') },
  ],
  invalid: [
    { name: 'PHÓ BÍ THƯ THƯỜNG TRỰC ĐẢNG ỦY', yaml: (d) => (d.ky.chuc_vu = 'PHÓ BÍ THƯ THƯỜNG TRỰC ĐẢNG ỦY'), errors: [{ messageId: 'bare', at: 'PHÓ BÍ THƯ THƯỜNG TRỰC ĐẢNG ỦY' }] },
    { name: 'BÍ THƯ ĐẢNG ỦY', yaml: (d) => (d.ky.chuc_vu = 'BÍ THƯ ĐẢNG ỦY'), errors: [{ messageId: 'bare', at: 'BÍ THƯ ĐẢNG ỦY' }] },
    { name: 'PHÓ BÍ THƯ TỈNH ỦY in a .docx', docx: (f) => setText(f, 'BÍ THƯ', 'PHÓ BÍ THƯ TỈNH ỦY'), errors: [{ messageId: 'bare', at: 'PHÓ BÍ THƯ TỈNH ỦY' }] },
  ],
});
