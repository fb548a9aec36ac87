import { addAfterHeader, paragraphXml, setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('subject-cong-van', {
  valid: [
    { name: 'the subject under the number', yaml: () => {} },
    { name: 'a .docx công văn', docx: () => {} },
  ],
  invalid: [
    { name: 'a .docx công văn without its subject', docx: (f) => setText(f, 'V/v triển khai nhiệm vụ', ''), errors: [{ messageId: 'missing', at: 'Số 05-CV/ĐU' }] },
    {
      name: 'a type title on a công văn',
      docx: (f) => addAfterHeader(f, paragraphXml('CÔNG VĂN', { align: 'center', bold: true, size: 16 })),
      errors: [{ messageId: 'title', at: 'CÔNG VĂN' }],
    },
    {
      name: 'the subject centred below the header instead of under the number',
      docx: (f) => {
        setText(f, 'V/v triển khai nhiệm vụ', '');
        addAfterHeader(f, paragraphXml('V/v triển khai nhiệm vụ', { align: 'center', italic: true, size: 12 }));
      },
      errors: [{ messageId: 'placed', at: 'V/v triển khai' }],
    },
  ],
});
