import { editParagraph } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('format-slant', {
  valid: [
    { name: 'the generated italics and underline', docx: () => {} },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'the date upright', docx: (f) => editParagraph(f, 'Quảng Phú, ngày 05 tháng 01 năm 2024', (p) => p.replace(/<w:i\/><w:iCs\/>/g, '')), errors: [{ messageId: 'italic', at: 'Quảng Phú, ngày' }] },
    { name: 'the number in italics', docx: (f) => editParagraph(f, 'Số 05-CV/ĐU', (p) => p.replace('<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t', '<w:i/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t')), errors: [{ messageId: 'upright', at: 'Số 05-CV/ĐU' }] },
    { name: 'the number underlined', docx: (f) => editParagraph(f, 'Số 05-CV/ĐU', (p) => p.replace('<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t', '<w:u w:val="single"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t')), errors: [{ messageId: 'no-underline', at: 'Số 05-CV/ĐU' }] },
    { name: '"Nơi nhận:" not underlined', docx: (f) => editParagraph(f, 'Nơi nhận:', (p) => p.replace(/<w:u w:val="single"\/>/g, '')), errors: [{ messageId: 'underline', at: 'Nơi nhận:' }] },
  ],
});
