// The organisation profile (congvan.config.yaml): the issuing body's defaults for every
// document in its folder, its current term (numbers run per type per term, docs/standard.md
// §3.3) and its own type codes. Text in, validated data out; finding the file is src/config.
import { diagnostic, InputError, type Diagnostic } from '../diagnostics';
import { parseDocumentDate } from '../load/parse-date';
import { parseYamlMapping, type ParsedYaml } from '../load/parse-yaml';
import { sanitizeData } from '../load/sanitize-text';
import { validateConfig } from '../load/validate-input';

/** Keys whose value a document inherits when it does not give its own (whole, not merged). */
export const DEFAULT_KEYS = ['co_quan', 'dia_danh', 'ky', 'noi_nhan'] as const;

export type Term = { name: string; /** ISO yyyy-MM-dd */ start: string };

export type OrgConfig = {
  file: string;
  /** The parsed file, so a field it supplies is reported at its own line:col. */
  parsed: ParsedYaml & { data: Record<string, unknown> };
  profile?: string;
  term?: Term;
  /** Type codes that replace the format profile's, e.g. { "quyet-dinh": "QĐi" }. */
  typeCodes: Record<string, string>;
};

type RawConfig = {
  ho_so?: string;
  nhiem_ky?: { ten: string; bat_dau: string };
  ky_hieu_loai?: Record<string, string>;
};

export function parseOrgConfig(text: string, file: string): OrgConfig {
  const parsed = parseYamlMapping(text, file);
  parsed.data = sanitizeData(parsed.data) as Record<string, unknown>;
  const problems: Diagnostic[] = validateConfig(parsed, file);
  const raw = parsed.data as RawConfig;
  let term: Term | undefined;
  if (raw.nhiem_ky && typeof raw.nhiem_ky.bat_dau === 'string') {
    const start = parseDocumentDate(raw.nhiem_ky.bat_dau);
    if (start.ok) term = { name: String(raw.nhiem_ky.ten), start: start.iso };
    else problems.push(diagnostic(start.reason, file, parsed.locate(['nhiem_ky', 'bat_dau']), { value: raw.nhiem_ky.bat_dau }));
  }
  if (problems.length > 0) throw new InputError(problems);
  return { file, parsed, profile: raw.ho_so, term, typeCodes: raw.ky_hieu_loai ?? {} };
}
