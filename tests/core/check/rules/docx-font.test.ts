import { editParagraph, replaceInDocument, replaceInPart } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

/** The theme part Word writes into every document, with `minor` as its body font. */
function addWordTheme(f: Map<string, string>, minor: string): void {
  f.set(
    'word/theme/theme1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
      `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="${minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
      '</a:themeElements></a:theme>',
  );
  replaceInPart(f, 'word/_rels/document.xml.rels', '</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>');
}

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
        addWordTheme(f, 'Calibri');
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
