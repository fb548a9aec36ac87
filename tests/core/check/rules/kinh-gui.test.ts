import { describe, expect, it } from 'vitest';
import { checkYaml } from '../../../../src/check-document';
import { messageOf } from '../../../../src/cli/format-diagnostics';
import { minimalInput, toYaml } from '../../../helpers/minimal';
import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('kinh-gui', {
  valid: [
    { name: 'one addressee', yaml: () => {} },
    { name: 'several addressees (dashes and commas added when printed)', yaml: (d) => (d.kinh_gui = ['Các chi bộ trực thuộc', 'Các đồng chí đảng ủy viên']) },
    { name: 'a .docx "Kính gửi: …."', docx: () => {} },
  ],
  invalid: [
    { name: 'a "+" instead of "- "', yaml: (d) => (d.kinh_gui = ['+ Các chi bộ trực thuộc,', 'Các đồng chí đảng ủy viên']), errors: [{ messageId: 'dash', at: '+ Các chi bộ' }] },
    { name: 'a semicolon between addressees', yaml: (d) => (d.kinh_gui = ['Các chi bộ trực thuộc;', 'Các đồng chí đảng ủy viên']), errors: [{ messageId: 'comma', at: 'Các chi bộ trực thuộc;' }] },
    { name: 'no full stop after one addressee', yaml: (d) => (d.kinh_gui = 'Các chi bộ trực thuộc;'), errors: [{ messageId: 'period', at: 'Các chi bộ trực thuộc;' }] },
    { name: 'no colon in a .docx', docx: (f) => setText(f, 'Kính gửi: Các chi bộ trực thuộc.', 'Kính gửi Các chi bộ trực thuộc.'), errors: [{ messageId: 'colon', at: 'Kính gửi Các' }] },
    { name: 'a .docx công văn without "Kính gửi"', docx: (f) => setText(f, 'Kính gửi: Các chi bộ trực thuộc.', ''), errors: [{ messageId: 'missing' }] },
  ],
});

describe('kinh-gui messages', () => {
  it('names the missing full stop and shows the line as it should be written', () => {
    const text = toYaml({ ...minimalInput(), kinh_gui: 'Các chi bộ trực thuộc;' });
    const f = checkYaml(text, { file: 't.yaml', today: '2030-01-01' }).findings.find((x) => x.ruleId === 'kinh-gui')!;
    expect(messageOf(f, 'vi')).toBe('Nơi nhận cuối "Các chi bộ trực thuộc;" thiếu dấu chấm ở cuối: viết "Các chi bộ trực thuộc.".');
    expect(messageOf(f, 'en')).toBe('The last addressee "Các chi bộ trực thuộc;" lacks its closing full stop: write "Các chi bộ trực thuộc.".');
  });
});
