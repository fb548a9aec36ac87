import { editParagraph } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

const size = (half: number) => (p: string) => p.replace(/<w:sz w:val="\d+"\/>/g, `<w:sz w:val="${half}"/>`);

testRule('format-size', {
  valid: [
    { name: 'the generated sizes', docx: () => {} },
    { name: 'a 15 pt body (the standard allows 14–15)', docx: (f) => editParagraph(f, '1. Quán triệt.', size(30)) },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'the Party title at 14 pt', docx: (f) => editParagraph(f, 'ĐẢNG CỘNG SẢN VIỆT NAM', size(28)), errors: [{ messageId: 'size', at: 'ĐẢNG CỘNG SẢN' }] },
    { name: 'a 13 pt body paragraph', docx: (f) => editParagraph(f, '2. Báo cáo.', size(26)), errors: [{ messageId: 'size', at: '2. Báo cáo.' }] },
    { name: 'the công văn subject at 14 pt', docx: (f) => editParagraph(f, 'V/v triển khai nhiệm vụ', size(28)), errors: [{ messageId: 'size', at: 'V/v triển khai' }] },
    { name: 'recipients at 14 pt', docx: (f) => editParagraph(f, '- Như trên,', size(28)), errors: [{ messageId: 'size', at: '- Như trên,' }] },
  ],
});
