import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('header-party-title', {
  valid: [
    { name: 'the template prints it', yaml: () => {} },
    { name: 'a .docx with the title', docx: () => {} },
    { name: 'typed in lower case with Word\'s capitals', docx: (f) => setText(f, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Đảng Cộng sản Việt Nam') },
  ],
  invalid: [
    { name: 'abbreviated', docx: (f) => setText(f, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG CỘNG SẢN VN'), errors: [{ messageId: 'inexact', at: 'ĐẢNG CỘNG SẢN VN' }] },
    { name: 'missing', docx: (f) => setText(f, 'ĐẢNG CỘNG SẢN VIỆT NAM', ''), errors: [{ messageId: 'missing' }] },
  ],
});
