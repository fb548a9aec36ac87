import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('signature-tm-collective', {
  valid: [
    { name: 'T/M ĐẢNG ỦY', yaml: () => {} },
    { name: 'T/M BAN THƯỜNG VỤ', yaml: (d) => (d.ky.quyen_han = 'T/M BAN THƯỜNG VỤ') },
    { name: 'old-style tone marks: T/M TỈNH UỶ', yaml: (d) => (d.ky.quyen_han = 'T/M TỈNH UỶ') },
    { name: 'T/M ỦY BAN KIỂM TRA', yaml: (d) => ((d.ky.quyen_han = 'T/M ỦY BAN KIỂM TRA'), (d.ky.chuc_vu = 'CHỦ NHIỆM')) },
    { name: 'a .docx "T/M ĐẢNG ỦY"', docx: () => {} },
  ],
  invalid: [
    { name: 'T/M before a person\'s title', yaml: (d) => (d.ky.quyen_han = 'T/M TRƯỞNG BAN'), errors: [{ messageId: 'not-collective', at: 'T/M TRƯỞNG BAN' }] },
    { name: 'T/M before an advisory body in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'T/M VĂN PHÒNG'), errors: [{ messageId: 'not-collective', at: 'T/M VĂN PHÒNG' }] },
  ],
});
