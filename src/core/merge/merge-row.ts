// One mail-merge document: the parsed YAML (once per batch) + one data row → validated input.
import { diagnostic, InputError, type Diagnostic } from '../diagnostics';
import { checkInputWithSource, parseDocumentYaml, type LoadOptions } from '../load/load-input';
import type { ParsedYaml } from '../load/parse-yaml';
import type { DocumentInput } from '../model/input';
import type { Profile } from '../profile/profile';
import { fillData, placeholderNames, unquotedPlaceholderLines, type FillOptions, type PlaceholderProblem, type Row } from './placeholders';

/** `text`: the document as written (its `# congvan-check-disable` lines apply to every row); `fill`: --allow-empty. */
export type MergeTemplate = { file: string; text: string; parsed: ParsedYaml; names: ReadonlySet<string>; fill: FillOptions };

/** Parses the document once; `so: {{so}}` without quotes is refused here, before any row. */
export function prepareMerge(yamlText: string, file: string, fill: FillOptions = {}): MergeTemplate {
  const unquoted = unquotedPlaceholderLines(yamlText);
  if (unquoted.length > 0) {
    throw new InputError(unquoted.map((line) => diagnostic('placeholder-unquoted', file, { line, col: 1 })));
  }
  const parsed = parseDocumentYaml(yamlText, file);
  return { file, text: yamlText, parsed, names: placeholderNames(parsed.data), fill };
}

/** The row's document, validated like any input (errors point into the YAML file), with its parsed YAML. */
export function fillMergeRow(template: MergeTemplate, row: Row, profile: Profile, options: LoadOptions = {}): { input: DocumentInput; parsed: ParsedYaml } {
  const { data, problems } = fillData(template.parsed.data, row, template.fill);
  const found = problems.map((p) => placeholderDiagnostic(p, template, row));
  return checkInputWithSource({ ...template.parsed, data }, template.file, profile, options, found);
}

/** Placeholders that no row fills (a column missing from the CSV header): one report, up front. */
export function unfilledPlaceholders(template: MergeTemplate, rows: readonly Row[]): Diagnostic[] {
  const missing = new Set([...template.names].filter((name) => rows.every((row) => !row.has(name))));
  if (missing.size === 0 || !rows[0]) return [];
  const { problems } = fillData(template.parsed.data, rows[0], { allowEmpty: true });
  return problems.filter((p) => p.kind === 'unknown' && missing.has(p.name)).map((p) => placeholderDiagnostic(p, template, rows[0]!));
}

function placeholderDiagnostic(p: PlaceholderProblem, template: MergeTemplate, row: Row): Diagnostic {
  const pos = template.parsed.locate(p.path);
  if (p.kind === 'invalid') return diagnostic('placeholder-invalid', template.file, pos, { text: p.text });
  if (p.kind === 'empty') return diagnostic('placeholder-empty', template.file, pos, { name: p.name });
  return diagnostic('placeholder-unknown', template.file, pos, { name: p.name, columns: [...row.keys()].join(', ') || '—' });
}
