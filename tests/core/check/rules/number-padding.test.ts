import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('number-padding', {
  valid: [
    { name: '"05"', yaml: () => {} },
    { name: '"10" and above', yaml: (d) => (d.so_ky_hieu.so = '10') },
    { name: 'a .docx "Số 05-CV/ĐU"', docx: () => {} },
    { name: 'so: auto (the register numbers it at build time): not checked', yaml: (d) => (d.so_ky_hieu.so = 'auto'), notChecked: true },
  ],
  invalid: [
    { name: '"5"', yaml: (d) => (d.so_ky_hieu.so = '5'), errors: [{ messageId: 'pad', at: '"5"' }] },
    { name: 'a .docx "Số 5-CV/ĐU"', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 5-CV/ĐU'), errors: [{ messageId: 'pad', at: 'Số 5-CV/ĐU' }] },
  ],
});
