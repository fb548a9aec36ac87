import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('state-signature-prefix', {
  valid: [
    { name: 'T/M', yaml: () => {} },
    { name: 'a .docx "T/M"', docx: () => {} },
  ],
  invalid: [
    { name: 'TM.', yaml: (d) => (d.ky.quyen_han = 'TM. ĐẢNG ỦY'), errors: [{ messageId: 'state', at: 'TM. ĐẢNG ỦY' }] },
    { name: 'KT.', yaml: (d) => ((d.ky.quyen_han = 'KT. TRƯỞNG BAN'), (d.ky.chuc_vu = 'PHÓ TRƯỞNG BAN')), errors: [{ messageId: 'state', at: 'KT. TRƯỞNG BAN' }] },
    { name: 'TL. in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'TL. BAN THƯỜNG VỤ'), errors: [{ messageId: 'state', at: 'TL. BAN' }] },
  ],
});
