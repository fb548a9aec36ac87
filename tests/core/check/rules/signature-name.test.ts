import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('signature-name', {
  valid: [
    { name: 'a name', yaml: () => {} },
    { name: 'a .docx with the name', docx: () => {} },
  ],
  invalid: [
    { name: 'a .docx without the name', docx: (f) => setText(f, 'Lê Văn Minh', ''), errors: [{ messageId: 'missing', at: 'T/M ĐẢNG ỦY' }] },
  ],
});
