import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('number-type-code', {
  valid: [
    { name: 'the profile code of công văn (CV) by default', yaml: () => {} },
    { name: 'CV written out', yaml: (d) => (d.so_ky_hieu.loai = 'CV') },
    { name: 'a .docx công văn numbered CV', docx: () => {} },
    { name: 'a .docx whose type is known only from its number: not checked', docx: (f) => {
      setText(f, 'Kính gửi: Các chi bộ trực thuộc.', '');
      setText(f, 'V/v triển khai nhiệm vụ', '');
    }, notChecked: true },
  ],
  invalid: [
    { name: 'a công văn coded NQ', yaml: (d) => (d.so_ky_hieu.loai = 'NQ'), errors: [{ messageId: 'mismatch', at: '"05"' }] },
    { name: 'a lower-case code', yaml: (d) => (d.so_ky_hieu.loai = 'cv'), errors: [{ messageId: 'mismatch', at: '"05"' }] },
    { name: 'a .docx công văn coded TB', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05-TB/ĐU'), errors: [{ messageId: 'mismatch', at: 'Số 05-TB/ĐU' }] },
  ],
});
