// YAML text → validated, normalised DocumentInput, or an InputError with every problem found.
import { diagnostic, InputError, type Diagnostic } from '../diagnostics';
import type { DocumentInput } from '../model/input';
import type { Profile } from '../profile/profile';
import { checkSemantics } from './check-semantics';
import { normalizeInput } from './normalize-input';
import { parseDocumentDate } from './parse-date';
import { parseYaml, type DataPath, type ParsedYaml } from './parse-yaml';
import type { RawInput } from './raw-input';
import { sanitizeData } from './sanitize-text';
import { validateInput } from './validate-input';

export function loadInput(text: string, file: string, profile: Profile): DocumentInput {
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file);
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    throw new InputError([diagnostic('yaml-not-mapping', file, { line: 1, col: 1 })]);
  }
  const problems = [...keepNumberAsText(parsed, ['so_ky_hieu', 'so'], file), ...keepNumberAsText(parsed, ['ban_sao', 'so'], file)];
  parsed.data = sanitizeData(parsed.data);
  problems.push(...validateInput(parsed, file));
  const raw = parsed.data as RawInput;
  const ngay = checkDate(raw.ngay, ['ngay'], parsed, file, problems);
  const banSao = checkDate(raw.ban_sao?.ngay, ['ban_sao', 'ngay'], parsed, file, problems);
  // Semantic checks assume the shapes the schema guarantees.
  if (problems.length === 0) problems.push(...checkSemantics(raw, parsed, file));
  if (problems.some((p) => p.severity === 'error')) throw new InputError(problems.sort(byPosition));
  return normalizeInput(raw, { ngay, banSao }, profile);
}

/** The ISO date, or '' after recording why the text is not a date. */
function checkDate(value: unknown, path: DataPath, parsed: ParsedYaml, file: string, problems: Diagnostic[]): string {
  if (typeof value !== 'string') return '';
  const date = parseDocumentDate(value);
  if (date.ok) return date.iso;
  problems.push(diagnostic(date.reason, file, parsed.locate(path), { value }));
  return '';
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.col ?? 0) - (b.pos?.col ?? 0);
}

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
