import { editParagraph, replaceInDocument, replaceInPart } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('docx-font', {
  valid: [
    { name: 'Times New Roman in every run', docx: () => {} },
    { name: 'a metric-compatible substitute', docx: (f) => replaceInDocument(f, /Times New Roman/g, 'Liberation Serif') },
    { name: 'another font only in the East Asian slot', docx: (f) => replaceInDocument(f, /w:eastAsia="Times New Roman"/g, 'w:eastAsia="SimSun"') },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    {
      name: 'Calibri everywhere',
      docx: (f) => replaceInDocument(f, /Times New Roman/g, 'Calibri'),
      errors: [{ messageId: 'font', at: 'ĐẢNG BỘ TỈNH' }, { messageId: 'font', at: 'ĐẢNG BỘ TỈNH' }],
    },
    {
      name: 'Calibri from Word\'s theme (no font on the runs)',
      docx: (f) => {
        replaceInDocument(f, /<w:rFonts [^>]*\/>/g, '');
        replaceInPart(f, 'word/styles.xml', /<w:rFonts [^>]*\/>/, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>');
      },
      errors: [{ messageId: 'font', at: 'ĐẢNG BỘ TỈNH' }, { messageId: 'font', at: 'ĐẢNG BỘ TỈNH' }],
    },
    {
      name: 'no font anywhere',
      docx: (f) => {
        replaceInDocument(f, /<w:rFonts [^>]*\/>/g, '');
        replaceInPart(f, 'word/styles.xml', /<w:rFonts [^>]*\/>/, '');
      },
      errors: [{ messageId: 'unset', at: 'ĐẢNG BỘ TỈNH' }, { messageId: 'unset', at: 'ĐẢNG BỘ TỈNH' }],
    },
    {
      name: 'Arial in one body paragraph',
      docx: (f) => editParagraph(f, 'Thực hiện chỉ đạo của cấp trên.', (p) => p.replace(/Times New Roman/g, 'Arial')),
      errors: [{ messageId: 'font', at: 'Thực hiện chỉ đạo' }, { messageId: 'font', at: 'Thực hiện chỉ đạo' }],
    },
  ],
});
