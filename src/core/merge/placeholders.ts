// Mail merge: `{{name}}` in the string values of a parsed document is replaced by the row's
// field `name`. Deliberately not Handlebars: no helpers, no paths, no expressions, and an
// inserted value is never scanned again, so a row cannot inject a placeholder or markup.
import type { DataPath } from '../load/parse-yaml';

/** A data row: column name → text. A Map, so no name can reach Object.prototype. */
export type Row = ReadonlyMap<string, string>;

export type PlaceholderProblem =
  /** `{{name}}` with no such field in the row. */
  | { kind: 'unknown'; path: DataPath; name: string }
  /** `{{…}}` whose inside is not a plain field name, e.g. `{{a.b}}` or `{{#if x}}`. */
  | { kind: 'invalid'; path: DataPath; text: string }
  /** `{{name}}` whose cell is empty (unless empty cells are allowed): "Cử đồng chí  làm …". */
  | { kind: 'empty'; path: DataPath; name: string };

export type FillOptions = { allowEmpty?: boolean };

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*$/u;

/** The field name inside `{{ … }}`, or undefined when it is not a plain name. */
function fieldName(inside: string): string | undefined {
  return NAME.exec(inside)?.[1]?.normalize('NFC');
}

/** Fills one string in a single pass (inserted text is not rescanned). */
export function fillText(text: string, row: Row, path: DataPath, problems: PlaceholderProblem[], options: FillOptions = {}): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, inside: string) => {
    const name = fieldName(inside);
    if (name === undefined) {
      problems.push({ kind: 'invalid', path, text: whole });
      return whole;
    }
    const value = row.get(name);
    if (value === undefined) {
      problems.push({ kind: 'unknown', path, name });
      return whole;
    }
    if (value.trim() === '' && !options.allowEmpty) problems.push({ kind: 'empty', path, name });
    return value;
  });
}

/** A copy of `data` with every string value filled from `row`; keys are left as written. */
export function fillData(data: unknown, row: Row, options: FillOptions = {}): { data: unknown; problems: PlaceholderProblem[] } {
  const problems: PlaceholderProblem[] = [];
  const walk = (value: unknown, path: DataPath): unknown => {
    if (typeof value === 'string') return fillText(value, row, path, problems, options);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value !== null && typeof value === 'object') {
      // fromEntries defines own properties, so even a key named __proto__ stays plain data.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return value;
  };
  return { data: walk(data, []), problems };
}

/** Every field name the document's placeholders use. */
export function placeholderNames(data: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(PLACEHOLDER)) {
        const name = fieldName(m[1]!);
        if (name !== undefined) names.add(name);
      }
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return names;
}

/**
 * `so: {{so}}` without quotes is a YAML flow mapping, not text: the line numbers (1-based)
 * where a value starts with `{{` unquoted, so the clerk is told to quote it.
 */
export function unquotedPlaceholderLines(yamlText: string): number[] {
  const lines: number[] = [];
  yamlText.split(/\r?\n/).forEach((line, i) => {
    // The key may not hold a quote: in `- "3. Ghi chú: {{x}}"` the ": " is inside a quoted value.
    if (/^\s*(?:-\s+|[^#'"\s][^#'"]*?:\s+(?:-\s+)?)\{\{/.test(line)) lines.push(i + 1);
  });
  return lines;
}
