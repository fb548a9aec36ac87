import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('signature-prefix-form', {
  valid: [
    { name: 'T/M', yaml: () => {} },
    { name: 'K/T', yaml: (d) => ((d.ky.quyen_han = 'K/T TRƯỞNG BAN'), (d.ky.chuc_vu = 'PHÓ TRƯỞNG BAN')) },
    { name: 'the state form is state-signature-prefix\'s', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'TM. ĐẢNG ỦY') },
    { name: 'a .docx "T/M ĐẢNG ỦY"', docx: () => {} },
    { name: 'lower case in the YAML is printed in capitals', yaml: (d) => (d.ky.quyen_han = 't/m ĐẢNG ỦY') },
  ],
  invalid: [
    { name: 'T.M', yaml: (d) => (d.ky.quyen_han = 'T.M ĐẢNG ỦY'), errors: [{ messageId: 'form', at: 'T.M ĐẢNG ỦY' }] },
    { name: 'lower case t/m in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 't/m ĐẢNG ỦY'), errors: [{ messageId: 'form', at: 't/m ĐẢNG ỦY' }] },
    { name: 'a full stop after T/M', yaml: (d) => (d.ky.quyen_han = 'T/M. ĐẢNG ỦY'), errors: [{ messageId: 'form', at: 'T/M. ĐẢNG ỦY' }] },
  ],
});
