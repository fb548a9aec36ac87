import { editParagraph } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('docx-body-spacing', {
  valid: [
    { name: 'the generated body', docx: () => {} },
    { name: 'a 1.27 cm indent', docx: (f) => editParagraph(f, '1. Quán triệt.', (p) => p.replace('w:firstLine="567"', 'w:firstLine="720"')) },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'single line spacing', docx: (f) => editParagraph(f, '2. Báo cáo.', (p) => p.replace('w:line="360" w:lineRule="exact"', 'w:line="240" w:lineRule="auto"')), errors: [{ messageId: 'line', at: '2. Báo cáo.' }] },
    { name: 'no first-line indent', docx: (f) => editParagraph(f, '2. Báo cáo.', (p) => p.replace('w:firstLine="567"', 'w:firstLine="0"')), errors: [{ messageId: 'indent', at: '2. Báo cáo.' }] },
    { name: 'left-aligned', docx: (f) => editParagraph(f, '1. Quán triệt.', (p) => p.replace('<w:jc w:val="both"/>', '<w:jc w:val="left"/>')), errors: [{ messageId: 'align', at: '1. Quán triệt.' }] },
    { name: 'no space between paragraphs', docx: (f) => editParagraph(f, '1. Quán triệt.', (p) => p.replace('w:before="120"', 'w:before="0"')), errors: [{ messageId: 'gap', at: '1. Quán triệt.' }] },
  ],
});
