import { setText } from '../../../helpers/docx-edit';
import { minimalInput, toYaml } from '../../../helpers/minimal';
import { testRule } from '../../../helpers/rule-tester';

const yaml = toYaml(minimalInput());

testRule('text-invisible', {
  valid: [
    { name: 'plain text', yaml },
    { name: 'a .docx without them', docx: () => {} },
  ],
  invalid: [
    { name: 'a zero-width space', yaml: yaml.replace('ho_ten: Lê Văn Minh', 'ho_ten: Lê Văn\u200B Minh'), errors: [{ messageId: 'invisible', at: '\u200B Minh' }] },
    { name: 'a control character written as an escape', yaml: yaml.replace('ho_ten: Lê Văn Minh', 'ho_ten: "Lê Văn\\a Minh"'), errors: [{ messageId: 'invisible', at: '"Lê Văn' }] },
    { name: 'a byte-order mark inside a .docx paragraph', docx: (f) => setText(f, '1. Quán triệt.', '1. Quán\uFEFF triệt.'), errors: [{ messageId: 'invisible', at: '1. Quán' }] },
  ],
});
