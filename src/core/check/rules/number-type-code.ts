import { readNumber } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'number-type-code',
  code: 'CV103',
  description: {
    vi: 'Ký hiệu thể loại trong số khớp với thể loại văn bản (theo type_codes của hồ sơ thể thức).',
    en: "The type code in the number matches the document type (the profile's type_codes).",
  },
  reference: '§4',
  messages: {
    mismatch: { vi: 'Ký hiệu thể loại "{found}" không khớp thể loại {type}: phải là "{expected}".', en: 'Type code "{found}" does not match the type {type}: it should be "{expected}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const { docType, docTypeSource } = ctx.doc;
  const numbers = ctx.need('number');
  // Known only from the number itself, the type cannot be compared with it.
  if (!docType || docTypeSource === 'number') return ctx.notChecked('missing-part', 'docType');
  const expected = ctx.profile.type_codes[docType];
  if (!expected) return ctx.notChecked('missing-part', `type_codes.${docType}`);
  for (const part of numbers) {
    const found = readNumber(part.text)?.party?.typeCode;
    if (found !== undefined && found !== expected) ctx.report({ messageId: 'mismatch', args: { found, expected, type: docType }, at: part.at });
  }
}
