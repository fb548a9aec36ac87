// A format profile's text → Profile, checked against schema/profile.schema.json (compiled at
// build time): an unknown key, a wrong value or a wrong type is refused at its line:col.
import validateProfileSchema from '../../generated/validate-profile.js';
import { diagnostic, InputError, type Diagnostic } from '../diagnostics';
import { formatHint, formatMessage } from '../messages';
import { ProfileError, resolveProfile, type RawProfile, type Profile } from '../profile/profile';
import { parseYamlMapping } from './parse-yaml';
import { validate } from './validate-input';

export function parseProfileText(text: string, file: string): Profile {
  const parsed = parseYamlMapping(text, file);
  const problems = validate(validateProfileSchema, parsed, file);
  if (problems.length > 0) throw new InputError(problems.map(asProfileInvalid));
  try {
    return resolveProfile(parsed.data as RawProfile);
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    const pos = e.path ? parsed.locate(e.path) : undefined;
    throw new InputError([diagnostic('profile-invalid', file, pos, { detail: e.message, detailEn: e.message })]);
  }
}

/** One code for every profile problem, with the specific message (and its hint) as the detail. */
function asProfileInvalid(d: Diagnostic): Diagnostic {
  const text = (lang: 'vi' | 'en') => [formatMessage(d.code, d.args, lang), formatHint(d.code, d.args, lang)].filter(Boolean).join(' ');
  return diagnostic('profile-invalid', d.file, d.pos, { detail: text('vi'), detailEn: text('en') });
}
