import { replaceInDocument, replaceInPart } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('docx-page-number', {
  valid: [
    { name: 'centred, from page 2', docx: () => {} },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'numbered on page 1 too (no different first page)', docx: (f) => replaceInDocument(f, '<w:titlePg/>', ''), errors: [{ messageId: 'first-page' }] },
    { name: 'no page number', docx: (f) => replaceInDocument(f, /<w:headerReference [^>]*\/>/g, ''), errors: [{ messageId: 'missing' }] },
    { name: 'at the right', docx: (f) => replaceInPart(f, 'word/header1.xml', '<w:jc w:val="center"/>', '<w:jc w:val="right"/>'), errors: [{ messageId: 'align' }] },
  ],
});
