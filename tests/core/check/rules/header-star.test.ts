import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('header-star', {
  valid: [
    { name: 'the template prints it', yaml: () => {} },
    { name: 'a .docx with "*"', docx: () => {} },
  ],
  invalid: [
    { name: 'no "*" under the issuing body', docx: (f) => setText(f, '*', ''), errors: [{ messageId: 'missing', at: 'ĐẢNG ỦY XÃ QUẢNG PHÚ' }] },
  ],
});
