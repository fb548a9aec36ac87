import { replaceInDocument, unwrapHeaderTable } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('docx-header-table', {
  valid: [
    { name: 'a borderless two-column table', docx: () => {} },
    { name: 'a YAML input', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'the header as plain paragraphs', docx: unwrapHeaderTable, errors: [{ messageId: 'no-table', at: 'Số 05-CV/ĐU' }] },
    { name: 'three columns', docx: (f) => replaceInDocument(f, '<w:gridCol w:w="4819"/>', '<w:gridCol w:w="2400"/><w:gridCol w:w="2419"/>'), errors: [{ messageId: 'columns' }] },
    { name: 'visible borders', docx: (f) => replaceInDocument(f, '<w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/>', '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'), errors: [{ messageId: 'borders' }] },
  ],
});
