// YAML text → validated, normalised DocumentInput, or an InputError with every problem found.
import { applyConfig } from '../config/apply-config';
import type { OrgConfig } from '../config/org-config';
import { diagnostic, InputError, type Diagnostic } from '../diagnostics';
import type { DocumentInput } from '../model/input';
import type { Profile } from '../profile/profile';
import { checkSemantics } from './check-semantics';
import { normalizeInput } from './normalize-input';
import { parseDocumentDate } from './parse-date';
import { parseYamlMapping, type DataPath, type ParsedYaml } from './parse-yaml';
import type { RawInput } from './raw-input';
import { sanitizeData } from './sanitize-text';
import { validateInput } from './validate-input';

export type LoadOptions = {
  /** The organisation profile: its defaults fill what the document leaves out. */
  config?: OrgConfig;
  /** Take the number from the register (congvan build --assign-number): as `so: auto`. */
  assignNumber?: boolean;
};

export function loadInput(text: string, file: string, profile: Profile, options: LoadOptions = {}): DocumentInput {
  return checkInput(parseDocumentYaml(text, file), file, profile, options);
}

/** The input and the parsed YAML it came from (line:col, strings as written): what `check` reads. */
export function loadInputWithSource(text: string, file: string, profile: Profile, options: LoadOptions = {}): { input: DocumentInput; parsed: ParsedYaml } {
  return checkInputWithSource(parseDocumentYaml(text, file), file, profile, options);
}

/** The YAML step alone: a mail merge parses its document once and checks each filled copy. */
export function parseDocumentYaml(text: string, file: string): ParsedYaml {
  return parseYamlMapping(text, file);
}

/**
 * Parsed YAML → validated, normalised input; `found` are problems already seen (a mail merge's
 * placeholders). Changes own.data: pass a fresh copy.
 */
export function checkInput(own: ParsedYaml, file: string, profile: Profile, options: LoadOptions = {}, found: Diagnostic[] = []): DocumentInput {
  return checkInputWithSource(own, file, profile, options, found).input;
}

export function checkInputWithSource(own: ParsedYaml, file: string, profile: Profile, options: LoadOptions = {}, found: Diagnostic[] = []): { input: DocumentInput; parsed: ParsedYaml } {
  const problems = [...found, ...keepNumberAsText(own, ['so_ky_hieu', 'so'], file), ...keepNumberAsText(own, ['ban_sao', 'so'], file)];
  if (options.assignNumber) problems.push(...markAutoNumber(own, file));
  own.data = sanitizeData(own.data) as Record<string, unknown>;
  const { parsed, problems: merging } = applyConfig(own, file, options.config);
  problems.push(...merging);
  problems.push(...validateInput(parsed, file));
  const raw = parsed.data as RawInput;
  const ngay = checkDate(raw.ngay, ['ngay'], parsed, file, problems);
  const banSao = checkDate(raw.ban_sao?.ngay, ['ban_sao', 'ngay'], parsed, file, problems);
  // Semantic checks assume the shapes the schema guarantees.
  if (problems.length === 0) problems.push(...checkSemantics(raw, parsed, file));
  if (problems.some((p) => p.severity === 'error')) throw new InputError(problems.sort(byPosition(file)));
  return { input: normalizeInput(raw, { ngay, banSao }, profile), parsed };
}

/** The ISO date, or '' after recording why the text is not a date. */
function checkDate(value: unknown, path: DataPath, parsed: ParsedYaml, file: string, problems: Diagnostic[]): string {
  if (typeof value !== 'string') return '';
  const date = parseDocumentDate(value);
  if (date.ok) return date.iso;
  problems.push(diagnostic(date.reason, file, parsed.locate(path), { value }));
  return '';
}

/** The document's own problems first, then those in congvan.config.yaml; each in file order. */
const byPosition = (file: string) => (a: Diagnostic, b: Diagnostic): number =>
  Number(a.file !== file) - Number(b.file !== file) ||
  (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
  (a.pos?.col ?? 0) - (b.pos?.col ?? 0);

/** --assign-number: `so` becomes "auto"; a number the document already has is not replaced silently. */
function markAutoNumber(parsed: ParsedYaml, file: string): Diagnostic[] {
  const data = parsed.data as { so_ky_hieu?: { so?: unknown } };
  if (data.so_ky_hieu !== undefined && !isMapping(data.so_ky_hieu)) return []; // the schema reports it
  const so = data.so_ky_hieu?.so;
  if (so !== undefined && so !== 'auto') {
    return [diagnostic('number-given', file, parsed.locate(['so_ky_hieu', 'so']), { value: String(so) })];
  }
  data.so_ky_hieu = { ...data.so_ky_hieu, so: 'auto' };
  return [];
}

const isMapping = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `so: 05` is the number 5 in YAML (docx-pitfalls D12): refuse it, since the zero is lost.
 * `so: 1023` loses nothing, so it is kept, as the text it was written as.
 */
function keepNumberAsText(parsed: ParsedYaml, path: [string, string], file: string): Diagnostic[] {
  const parent = (parsed.data as Record<string, Record<string, unknown> | undefined>)[path[0]];
  const value = parent?.[path[1]];
  if (typeof value !== 'number') return [];
  const raw = parsed.sourceOf(path) ?? String(value);
  if (/^[1-9]\d*$/.test(raw)) {
    parent![path[1]] = raw;
    return [];
  }
  return [diagnostic('number-leading-zero', file, parsed.locate(path), { raw, value: String(value) })];
}
