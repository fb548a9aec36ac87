import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('number-issuer-code', {
  valid: [
    { name: 'ĐU after the slash', yaml: () => {} },
    { name: 'a .docx with its body code', docx: () => {} },
  ],
  invalid: [
    { name: 'no body code', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05-CV'), errors: [{ messageId: 'missing', at: 'Số 05-CV' }] },
    { name: 'a slash and nothing after it', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05-CV/'), errors: [{ messageId: 'missing', at: 'Số 05-CV/' }] },
  ],
});
