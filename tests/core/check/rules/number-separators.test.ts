import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('number-separators', {
  valid: [
    { name: 'number-type/body', yaml: () => {} },
    { name: 'a drafting-unit code after a second slash', yaml: (d) => (d.so_ky_hieu.don_vi = 'nb') },
    { name: 'a .docx "Số 05-CV/ĐU"', docx: () => {} },
  ],
  invalid: [
    { name: 'the state order 05/CV-ĐU', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05/CV-ĐU'), errors: [{ messageId: 'state-order', at: 'Số 05/CV-ĐU' }] },
    { name: 'slashes only', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05/CV/ĐU'), errors: [{ messageId: 'shape', at: 'Số 05/CV/ĐU' }] },
    { name: 'hyphens only', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05-CV-ĐU'), errors: [{ messageId: 'shape', at: 'Số 05-CV-ĐU' }] },
  ],
});
