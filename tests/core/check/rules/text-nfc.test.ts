import { setText } from '../../../helpers/docx-edit';
import { minimalInput, toYaml } from '../../../helpers/minimal';
import { testRule } from '../../../helpers/rule-tester';

const yaml = toYaml(minimalInput());
const nfd = (s: string) => s.normalize('NFD');

testRule('text-nfc', {
  valid: [
    { name: 'precomposed text', yaml },
    { name: 'a .docx in NFC', docx: () => {} },
  ],
  invalid: [
    { name: 'a decomposed place name', yaml: yaml.replace('dia_danh: Quảng Phú', nfd('dia_danh: Quảng Phú')), errors: [{ messageId: 'nfc', at: nfd('ảng Phú') }] },
    { name: 'a decomposed word in a .docx', docx: (f) => setText(f, '1. Quán triệt.', nfd('1. Quán triệt.')), errors: [{ messageId: 'nfc', at: nfd('1. Quán') }] },
  ],
});
