import { replaceInDocument } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('docx-page-setup', {
  valid: [
    { name: 'A4 and the profile margins', docx: () => {} },
    { name: 'margins within half a millimetre (Word rounds centimetres)', docx: (f) => replaceInDocument(f, 'w:left="1701"', 'w:left="1710"') },
    { name: 'a YAML input: the layout comes from the profile', yaml: () => {}, notChecked: true },
  ],
  invalid: [
    { name: 'US Letter', docx: (f) => replaceInDocument(f, 'w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'), errors: [{ messageId: 'size' }] },
    { name: 'a left margin of 20 mm', docx: (f) => replaceInDocument(f, 'w:left="1701"', 'w:left="1134"'), errors: [{ messageId: 'margin' }] },
    {
      name: 'landscape',
      docx: (f) => replaceInDocument(f, '<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'),
      errors: [{ messageId: 'landscape' }],
    },
  ],
});
