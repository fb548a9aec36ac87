// What a batch will write, decided before anything is written: one output per YAML file or
// per data row, each a safe name inside the output folder, none two the same.
import { basename, dirname, extname, join, resolve } from 'node:path';
import { diagnostic, InputError, type Diagnostic } from '../core/diagnostics';
import { fillText, type PlaceholderProblem } from '../core/merge/placeholders';
import { nameKey, safeFileName } from '../core/merge/safe-name';
import { defaultOutput } from '../files/output-path';
import type { DataRow } from './read-rows';

export type BatchItem =
  | { kind: 'file'; input: string; output: string }
  | { kind: 'row'; row: DataRow; output: string };

/** One DOCX per YAML file: beside it, or in `outDir` under the file's own name. */
export function planFiles(files: readonly string[], outDir: string | undefined): BatchItem[] {
  const items = files.map((input): BatchItem => {
    if (outDir === undefined) return { kind: 'file', input, output: defaultOutput(input) };
    return { kind: 'file', input, output: inside(outDir, safeFileName(stemOf(input), '.docx') ?? '_.docx', input) };
  });
  checkCollisions(items);
  return items;
}

/** One DOCX per data row, in `outDir`, named by `--name` or <yaml name>-<row number>. */
export function planRows(rows: readonly DataRow[], yamlFile: string, dataFile: string, outDir: string, nameTemplate?: string): BatchItem[] {
  const width = String(rows.length).length;
  const problems: Diagnostic[] = [];
  const items = rows.map((row): BatchItem => {
    const found: PlaceholderProblem[] = [];
    const raw = nameTemplate === undefined ? `${stemOf(yamlFile)}-${String(row.number).padStart(width, '0')}` : fillText(nameTemplate, row.fields, [], found, { allowEmpty: true });
    // One message is enough: a column missing from the header would repeat on every row.
    if (found[0] && problems.length === 0) problems.push(namePlaceholderDiagnostic(found[0], row, dataFile));
    const name = safeFileName(raw, '.docx');
    if (name === undefined) problems.push(diagnostic('name-empty', dataFile, rowPos(row), { name: raw, item: rowLabel(row, 'vi'), itemEn: rowLabel(row, 'en') }));
    return { kind: 'row', row, output: inside(outDir, name ?? '_.docx', dataFile) };
  });
  if (problems.length > 0) throw new InputError(problems);
  checkCollisions(items, dataFile);
  return items;
}

function stemOf(file: string): string {
  return basename(file, extname(file));
}

/** The item as people call it: "hàng 3" / "row 3", or the input path. */
export function itemLabel(item: BatchItem, lang: 'vi' | 'en'): string {
  return item.kind === 'row' ? rowLabel(item.row, lang) : item.input;
}

function rowLabel(row: DataRow, lang: 'vi' | 'en'): string {
  const line = row.line === undefined ? '' : lang === 'vi' ? ` (dòng ${row.line})` : ` (line ${row.line})`;
  return `${lang === 'vi' ? 'hàng' : 'row'} ${row.number}${line}`;
}

function rowPos(row: DataRow) {
  return row.line === undefined ? undefined : { line: row.line, col: 1 };
}

function namePlaceholderDiagnostic(p: PlaceholderProblem, row: DataRow, dataFile: string): Diagnostic {
  if (p.kind === 'invalid') return diagnostic('placeholder-invalid', '--name', undefined, { text: p.text });
  const columns = [...row.fields.keys()].join(', ') || '—';
  return diagnostic('name-placeholder', dataFile, rowPos(row), { name: p.name, columns, item: rowLabel(row, 'vi'), itemEn: rowLabel(row, 'en') });
}

/** The output path, refused if it would leave `dir` (safeFileName already prevents it). */
function inside(dir: string, name: string, source: string): string {
  const output = join(dir, name);
  if (dirname(resolve(output)) !== resolve(dir)) {
    throw new InputError([diagnostic('output-escape', source, undefined, { path: output, dir })]);
  }
  return output;
}

function checkCollisions(items: readonly BatchItem[], source?: string): void {
  const first = new Map<string, BatchItem>();
  for (const item of items) {
    const key = nameKey(resolve(item.output));
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, item);
      continue;
    }
    throw new InputError([
      diagnostic('name-collision', source ?? itemLabel(item, 'vi'), item.kind === 'row' ? rowPos(item.row) : undefined, {
        first: itemLabel(earlier, 'vi'),
        second: itemLabel(item, 'vi'),
        firstEn: itemLabel(earlier, 'en'),
        secondEn: itemLabel(item, 'en'),
        name: basename(item.output),
      }),
    ]);
  }
}
