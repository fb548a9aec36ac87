import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('state-signature-prefix', {
  valid: [
    { name: 'T/M', yaml: () => {} },
    { name: 'a .docx "T/M"', docx: () => {} },
  ],
  invalid: [
    // In a YAML input the loader already refuses them (signature-state-prefix, exit 2).
    { name: 'TM. in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'TM. ĐẢNG ỦY'), errors: [{ messageId: 'state', at: 'TM. ĐẢNG ỦY' }] },
    { name: 'KT. in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'KT. TRƯỞNG BAN'), errors: [{ messageId: 'state', at: 'KT. TRƯỞNG BAN' }] },
    { name: 'TL. in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'TL. BAN THƯỜNG VỤ'), errors: [{ messageId: 'state', at: 'TL. BAN' }] },
  ],
});
