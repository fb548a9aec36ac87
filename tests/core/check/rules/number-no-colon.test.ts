import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('number-no-colon', {
  valid: [
    { name: 'the generated "Số 05-CV/ĐU"', yaml: () => {} },
    { name: 'a .docx "Số 05-CV/ĐU"', docx: () => {} },
  ],
  invalid: [
    { name: '"Số: 05-CV/ĐU" (state format)', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số: 05-CV/ĐU'), errors: [{ messageId: 'colon', at: 'Số: 05' }] },
    { name: '"Số : 05-CV/ĐU"', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số : 05-CV/ĐU'), errors: [{ messageId: 'colon', at: 'Số : 05' }] },
  ],
});
