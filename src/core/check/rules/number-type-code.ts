import { readNumber } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'number-type-code',
  code: 'CV103',
  description: {
    vi: 'Ký hiệu thể loại trong số không phải ký hiệu của một thể loại khác (theo type_codes của hồ sơ thể thức); ký hiệu riêng của cơ quan và ký hiệu Trung ương dùng (QĐ cho Quy định) được chấp nhận.',
    en: "The type code in the number is not another type's code (the profile's type_codes); an office's own code and the codes central bodies use (QĐ for a Quy định) are accepted.",
  },
  reference: '§4',
  realUsage:
    'Central Quy định are numbered "QĐ", not the "QĐi" of lower levels (Quy định 66-QĐ/TW of 2017, in tests/corpus; 97-QĐ/TW of 2022; 399-QĐ/TW of 2026), so `alternatives` accepts QĐ for a quy-dinh. Offices also use codes of their own, declared in `so_ky_hieu.loai`: a code that no document type has is the document\'s own choice and is accepted; only another type\'s code (NQ on a công văn) or a wrong case ("cv") is reported.',
  messages: {
    mismatch: { vi: 'Ký hiệu thể loại "{found}" không khớp thể loại {type}: phải là "{expected}".', en: 'Type code "{found}" does not match the type {type}: it should be "{expected}".' },
  },
  // Central Quy định are numbered "QĐ" (66-QĐ/TW 2017, 97-QĐ/TW 2022, 399-QĐ/TW 2026), not the
  // "QĐi" of lower levels: a central Quy định coded QĐ is right, not a quyết định by mistake.
  options: { alternatives: { 'quy-dinh': ['QĐ'] } },
  sources: ['yaml', 'docx'],
};

/** Compared without case: "cv" is the công văn code written wrongly, not an office's own code. */
const fold = (code: string) => code.normalize('NFC').toLocaleUpperCase('vi');

export function check(ctx: RuleContext): void {
  const { docType, docTypeSource } = ctx.doc;
  const numbers = ctx.need('number');
  // Known only from the number itself, the type cannot be compared with it.
  if (!docType || docTypeSource === 'number') return ctx.notChecked('missing-part', 'docType');
  const expected = ctx.profile.type_codes[docType];
  if (!expected) return ctx.notChecked('missing-part', `type_codes.${docType}`);
  const accepted = [expected, ...((ctx.options.alternatives as Record<string, string[]>)[docType] ?? [])];
  // Another type's code says the document is that type; a code no type has is the office's own
  // (the document declares it, e.g. in so_ky_hieu.loai), and only its case can be wrong.
  const known = Object.values(ctx.profile.type_codes).map(fold);
  for (const part of numbers) {
    const found = readNumber(part.text)?.party?.typeCode;
    if (found === undefined || accepted.includes(found)) continue;
    if (known.includes(fold(found))) ctx.report({ messageId: 'mismatch', args: { found, expected, type: docType }, at: part.at });
  }
}
