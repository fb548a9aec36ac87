// Schema validation (schema/congvan.schema.json and congvan.config.schema.json, compiled by
// ajv at build time) → diagnostics that name the YAML key, its Vietnamese term, line:col, and
// a hint ("did you mean …").
import { closest, distance } from 'fastest-levenshtein';
import validateConfigSchema from '../../generated/validate-config.js';
import validateInputSchema from '../../generated/validate-input.js';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { glossaryEntry } from '../model/glossary';
import type { DataPath, ParsedYaml } from './parse-yaml';

type AjvError = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  parentSchema?: { properties?: Record<string, unknown>; enum?: unknown[] };
  data?: unknown;
};

const TYPE_WORDS: Record<string, string> = {
  string: 'chuỗi chữ / text',
  array: 'danh sách / list',
  object: 'nhóm khóa / mapping',
  number: 'số / number',
  integer: 'số / number',
  boolean: 'đúng-sai / boolean',
  null: 'rỗng / empty',
};

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };

export const validateInput = (parsed: ParsedYaml, file: string): Diagnostic[] => validate(validateInputSchema, parsed, file);

export const validateConfig = (parsed: ParsedYaml, file: string): Diagnostic[] => validate(validateConfigSchema, parsed, file);

/** Diagnostics (code, line:col, hint) for what `validator`, a compiled schema, refuses in `parsed`. */
export function validate(validator: Validator, parsed: ParsedYaml, file: string): Diagnostic[] {
  if (validator(parsed.data)) return [];
  const errors = (validator.errors ?? []) as AjvError[];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    const d = toDiagnostic(error, parsed, file);
    if (!d) continue;
    const id = `${d.code}@${d.pos?.line}:${d.pos?.col}:${JSON.stringify(d.args)}`;
    if (!seen.has(id)) (seen.add(id), out.push(d));
  }
  // A list line read as "key: value" is one mistake: its other errors would only confuse.
  const colon = new Set(out.filter((d) => d.code === 'yaml-colon-item').map((d) => `${d.pos?.line}`));
  out.splice(0, out.length, ...out.filter((d) => d.code === 'yaml-colon-item' || !colon.has(`${d.pos?.line}`)));
  // "kinh_gu" already says "did you mean kinh_gui": "kinh_gui is missing" would only repeat it.
  const suggested = new Set(out.filter((d) => d.code === 'unknown-key').map((d) => `${d.args.where}|${d.args.suggestion}`));
  return out.filter((d) => d.code !== 'missing-field' || !suggested.has(`${d.args.where}|${d.args.key}`));
}

function toDiagnostic(error: AjvError, parsed: ParsedYaml, defaultFile: string): Diagnostic | undefined {
  const path = pathOf(error.instancePath);
  // A field that congvan.config.yaml supplied is reported in that file.
  const file = parsed.fileOf?.(path) ?? defaultFile;
  const line = colonLine(parsed, path);
  if (line !== undefined) return diagnostic('yaml-colon-item', file, parsed.locate(path), { example: line.replace(/"/g, '\\"') });
  const key = keyName(path);
  const where = path.length === 0 ? 'phần gốc của tệp' : `"${key}"`;
  const whereEn = path.length === 0 ? 'the top level' : `"${key}"`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      // "- … như sau:" — a line ending in ":" is read as a key with no value.
      const value = (error.data as Record<string, unknown> | undefined)?.[extra];
      if (value === null && /\s/.test(extra)) {
        return diagnostic('yaml-colon-end', file, parsed.locate([...path, extra], true), { example: extra.replace(/"/g, '\\"') });
      }
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = suggest(extra, allowed);
      const pos = parsed.locate([...path, extra], true);
      return suggestion
        ? diagnostic('unknown-key', file, pos, { key: extra, where, whereEn, suggestion })
        : diagnostic('unknown-key-nohint', file, pos, { key: extra, where, whereEn, allowed: allowed.join(', ') });
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      const term = glossaryEntry([...path, missing])?.term ?? missing;
      return diagnostic('missing-field', file, parsed.locate(path, true), { key: missing, term, where, whereEn });
    }
    case 'type': {
      const expected = String(error.params.type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' hoặc / or ');
      return diagnostic('wrong-type', file, parsed.locate(path), { key, expected, actual: typeWord(error.data) });
    }
    case 'minLength':
      return diagnostic('empty-value', file, parsed.locate(path), { key });
    case 'minItems':
      return error.params.limit === 1
        ? diagnostic('empty-value', file, parsed.locate(path), { key })
        : diagnostic('bad-value', file, parsed.locate(path), { key, value: JSON.stringify(error.data), allowed: `≥ ${String(error.params.limit)}` });
    case 'maxItems':
      return diagnostic('bad-value', file, parsed.locate(path), { key, value: JSON.stringify(error.data), allowed: `≤ ${String(error.params.limit)}` });
    case 'minimum':
    case 'maximum':
      return diagnostic('bad-value', file, parsed.locate(path), { key, value: String(error.data), allowed: `${error.keyword === 'minimum' ? '≥' : '≤'} ${String(error.params.limit)}` });
    case 'enum':
      return diagnostic('bad-value', file, parsed.locate(path), {
        key,
        value: String(error.data),
        allowed: (error.parentSchema?.enum ?? []).join(', '),
      });
    case 'pattern':
      return path.at(-1) === 'so'
        ? numberDiagnostic(String(error.data), file, parsed.locate(path))
        : diagnostic('bad-code', file, parsed.locate(path), { key, value: String(error.data) });
    default:
      return undefined; // if/then and other combinators repeat an error reported above
  }
}

function pathOf(instancePath: string): DataPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function keyName(path: DataPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : (i ? '.' : '') + p)).join('');
}

function typeWord(value: unknown): string {
  if (value === null || value === undefined) return TYPE_WORDS.null!;
  if (Array.isArray(value)) return TYPE_WORDS.array!;
  return TYPE_WORDS[typeof value] ?? typeof value;
}

/** Closest allowed key, comparing without Vietnamese diacritics ("kính_gửi" → "kinh_gui"). */
export function suggest(word: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const plain = stripDiacritics(word);
  const exact = allowed.find((a) => a === plain);
  if (exact) return exact;
  const best = closest(plain, allowed as string[]);
  return distance(plain, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** `so: "Số: 12-CV/ĐU"`: the whole printed number was typed; "Số" and the codes are printed by congvan. */
function numberDiagnostic(value: string, file: string, at: ReturnType<ParsedYaml['locate']>): Diagnostic {
  const digits = /\d+/.exec(value)?.[0];
  if (digits && /^\s*(số|Số|SỐ)|\d\s*[-/]/u.test(value)) return diagnostic('number-with-code', file, at, { value, digits });
  return diagnostic('number-format', file, at, { value });
}

/**
 * `- a) Thời gian: 8 giờ`: a list item that YAML read as a one-key mapping because the line holds
 * ": ". Its key has a space (no key of the schema does) and its value is plain text. Returns the
 * line as the author meant it.
 */
function colonLine(parsed: ParsedYaml, path: DataPath): string | undefined {
  if (typeof path.at(-1) !== 'number') return undefined;
  let value: unknown = parsed.data;
  for (const step of path) value = (value as Record<string | number, unknown> | null | undefined)?.[step];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [key, text] = entries[0]!;
  if (!/\s/.test(key) || (typeof text !== 'string' && typeof text !== 'number')) return undefined;
  return `${key}: ${text}`;
}
