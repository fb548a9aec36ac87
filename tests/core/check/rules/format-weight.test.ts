import { editParagraph } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('format-weight', {
  valid: [
    { name: 'the generated weights', docx: () => {} },
    { name: 'a bold body paragraph (the author\'s emphasis is not judged)', docx: (f) => editParagraph(f, '1. Quán triệt.', (p) => p.replace('<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t', '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t')) },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'the issuing body not bold', docx: (f) => editParagraph(f, 'ĐẢNG ỦY XÃ QUẢNG PHÚ', (p) => p.replace(/<w:b\/><w:bCs\/>/g, '')), errors: [{ messageId: 'bold', at: 'ĐẢNG ỦY XÃ' }] },
    { name: 'the superior body bold', docx: (f) => editParagraph(f, 'ĐẢNG BỘ TỈNH THANH HÓA', (p) => p.replace('<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t', '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t')), errors: [{ messageId: 'regular', at: 'ĐẢNG BỘ TỈNH' }] },
    { name: 'the signer\'s title bold', docx: (f) => editParagraph(f, 'BÍ THƯ', (p) => p.replace('<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t', '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t')), errors: [{ messageId: 'regular', at: 'BÍ THƯ' }] },
  ],
});
