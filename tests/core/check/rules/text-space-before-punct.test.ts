import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('text-space-before-punct', {
  valid: [
    { name: 'no space before punctuation', yaml: () => {} },
    { name: 'an ellipsis after a space', yaml: (d) => (d.noi_dung.mo_dau = 'Các nội dung ... được thực hiện.') },
    { name: 'a .docx', docx: () => {} },
  ],
  invalid: [
    { name: 'a space before a comma', yaml: (d) => (d.noi_dung.mo_dau = 'Thực hiện chỉ đạo , của cấp trên.'), errors: [{ messageId: 'space', at: ' , của' }] },
    { name: 'a space after "("', yaml: (d) => (d.noi_dung.mo_dau = 'Thực hiện chỉ đạo ( của cấp trên).'), errors: [{ messageId: 'open', at: '( của' }] },
    { name: 'a space before a full stop in a .docx', docx: (f) => setText(f, '2. Báo cáo.', '2. Báo cáo .'), errors: [{ messageId: 'space', at: '2. Báo cáo .' }] },
  ],
});
