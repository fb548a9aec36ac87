// The signature forms the loader refuses in a YAML input (exit 2) are the forms the check
// rules report in a .docx, with the same message and hint: one predicate, one message each.
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../src/check-document';
import { toJson } from '../../src/cli/format-diagnostics';
import { toJsonFinding } from '../../src/cli/check-report';
import { InputError, parseInput } from '../../src/index';
import { editedDocx, paragraphNumber, setText } from '../helpers/docx-edit';
import { minimalInput, toYaml } from '../helpers/minimal';

function loaderAdvice(quyen_han: string, lang: 'vi' | 'en') {
  const input = { ...minimalInput(), ky: { quyen_han, chuc_vu: 'PHÓ BÍ THƯ', ho_ten: 'Lê Văn Minh' } };
  try {
    parseInput(toYaml(input), { file: 'vb.yaml' });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.diagnostics.map((d) => toJson(d, lang)).map(({ code, message, hint }) => ({ code, message, hint }));
  }
  return [];
}

describe('one piece of advice per signature form', () => {
  it.each([
    ['K/T BAN THƯỜNG VỤ', 'signature-kt-collective', 'signature-kt-collective', 'T/M BAN THƯỜNG VỤ'],
    ['K/T ĐẢNG ỦY', 'signature-kt-collective', 'signature-kt-collective', 'T/M ĐẢNG ỦY'],
    ['T/M BAN TUYÊN GIÁO', 'signature-tm-advisory', 'signature-tm-collective', 'K/T TRƯỞNG BAN'],
    ['TM. BAN THƯỜNG VỤ', 'signature-state-prefix', 'state-signature-prefix', '"T/M"'],
    ['KT. TRƯỞNG BAN', 'signature-state-prefix', 'state-signature-prefix', '"K/T"'],
    ['T/M BAN THƯỜNG VỤ K/T BÍ THƯ', 'signature-mixed', 'signature-kt-collective', 'T/M BAN THƯỜNG VỤ, '],
  ])('%s: the loader refuses it (%s) and %s reports it in a .docx, in the same words', async (form, code, ruleId, advice) => {
    const bytes = await editedDocx((f) => setText(f, 'T/M ĐẢNG ỦY', form), (d) => (d.ky.chuc_vu = 'PHÓ BÍ THƯ'));
    const checked = await checkDocx(bytes, { file: 'vb.docx', today: '2030-01-01' });
    const paragraph = paragraphNumber(bytes, form);
    for (const lang of ['vi', 'en'] as const) {
      const refused = loaderAdvice(form, lang);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.code).toBe(code);
      expect(refused[0]!.hint).toEqual(expect.any(String));
      const reported = checked.findings
        .filter((f) => f.ruleId === ruleId && f.at && 'paragraph' in f.at && f.at.paragraph === paragraph)
        .map((f) => toJsonFinding(f, 'vb.docx', lang));
      expect(reported.map(({ message, hint }) => ({ message, hint }))).toEqual([{ message: refused[0]!.message, hint: refused[0]!.hint }]);
    }
    // The advice names the form to write.
    const { message, hint } = loaderAdvice(form, 'vi')[0]!;
    expect(`${message} ${hint}`).toContain(advice);
  });
});
