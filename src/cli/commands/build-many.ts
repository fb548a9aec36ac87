// congvan build a.yaml b.yaml dir/ 'glob*.yaml' -o out/   — one DOCX per YAML file
// congvan build letter.yaml --data rows.csv -o out/ [--name "{{so}}-{{don_vi}}.docx"]
// Everything that can be refused (usage, the YAML document, the data, the names) is refused
// before the first file is written; then bad items are reported and the rest are built.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { diagnostic, InputError } from '../../core/diagnostics';
import { prepareMerge, unfilledPlaceholders } from '../../core/merge/merge-row';
import type { Lang } from '../../core/messages';
import { loadProfile } from '../../index';
import { type BuildJob, type BuildSetup, type JobResult } from '../../batch/build-item';
import { expandInputs, isCollection } from '../../batch/expand-inputs';
import type { BuildManyOptions } from './batch-mode';
import { pdfPathOf, writePdfsBeside } from '../pdf-outputs';
import { planFiles, planRows, type BatchItem } from '../../batch/plan';
import { createProgress } from '../../batch/progress';
import { delimiterOf, readRows } from '../../batch/read-rows';
import { checkEncodingName } from '../../files/decode-text';
import { formatFailures, formatSummary, jsonReport, totalsOf, type ItemRecord } from '../batch-report';
import { runJobs } from '../../batch/run-jobs';
import { writeFileAtomic } from '../atomic-write';
import { formatStylish, toJson } from '../format-diagnostics';
import type { Io } from '../io';
import { readTextFile, readUserFile } from '../../files/read-file';
import { defaultOutput, sourceDateEpoch } from '../../files/output-path';
import { todayOf } from '../../clock';

export type BatchOutcome = { failed: number; notRun: number; pdfFailed: boolean };

export async function buildManyCommand(io: Io, inputs: readonly string[], options: BuildManyOptions, lang: Lang, sources: Map<string, string>): Promise<BatchOutcome> {
  const timestamp = sourceDateEpoch(io.env)?.getTime();
  checkEncodingName(options.encoding);
  const setup: BuildSetup = {
    profile: options.profile,
    config: options.config,
    timestamp,
    today: todayOf(io.env),
    strict: options.strict === true,
    assignNumber: options.assignNumber === true,
    encoding: options.encoding,
    allowEmpty: options.allowEmpty,
  };
  loadProfile(options.profile); // an unknown profile is one error, not one per item
  const { items, jobs, dataFile } = options.data ? await planMerge(inputs, options, setup, sources, lang) : planYamlFiles(inputs, options, lang);
  prepareOutputDirectory(items, options);

  const records: (ItemRecord | undefined)[] = new Array(items.length);
  const todo: number[] = [];
  items.forEach((item, i) => {
    if (options.skipExisting && existsSync(item.output)) records[i] = { item, status: 'skipped' };
    else todo.push(i);
  });
  const isTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const progress = isTty && !options.quiet && !options.json ? createProgress(io.stderr, todo.length, lang, () => performance.now()) : undefined;
  const started = performance.now();
  let done = 0;
  await runJobs(todo.map((i) => jobs[i]!), setup, {
    workers: options.jobs,
    write: async (k, bytes) => writeOutput(items[todo[k]!]!, bytes),
    onResult(k, result) {
      const index = todo[k]!;
      const item = items[index]!;
      records[index] = recordOf(item, result);
      progress?.update(++done);
      return !(options.failFast && records[index]!.status === 'failed');
    },
  });
  progress?.clear();
  const seconds = (performance.now() - started) / 1000;

  const pdf = options.pdf ? await convertOutputs(items, records, io) : undefined;
  const totals = totalsOf(records);
  if (options.json) {
    const report = { ...jsonReport(records, items, dataFile, setup.merge?.file, lang), ...(pdf ? { pdf: { written: pdf.written.length, diagnostics: pdf.problems.map((d) => toJson(d, lang)) } } : {}) };
    io.stderr.write(`${JSON.stringify(report)}\n`);
  } else {
    readFailedSources(records, sources, options.encoding);
    const failures = formatFailures(records, dataFile, setup.merge?.file, lang, sources);
    if (failures) io.stderr.write(`${failures}\n`);
    if (pdf?.problems.length) io.stderr.write(`${formatStylish(pdf.problems, lang, sources)}\n`);
    if (!options.quiet || totals.failed > 0) io.stderr.write(`${formatSummary(totals, seconds, lang)}\n`);
  }
  return { failed: totals.failed, notRun: totals.notRun, pdfFailed: Boolean(pdf?.problems.length) };
}

function usage(vi: string, en: string, lang: Lang): InputError {
  return new InputError([diagnostic('usage', 'congvan build', undefined, { detail: lang === 'vi' ? vi : en })]);
}

function planYamlFiles(inputs: readonly string[], options: BuildManyOptions, lang: Lang) {
  if (inputs.includes('-')) throw usage('Không đọc stdin (-) khi dựng nhiều tệp.', 'stdin (-) cannot be part of a batch.', lang);
  for (const [given, flag] of [[options.name, '--name'], [options.delimiter, '--delimiter'], [options.sheet, '--sheet'], [options.allowEmpty, '--allow-empty']] as const) {
    if (given) throw usage(`${flag} chỉ dùng cùng --data.`, `${flag} only works with --data.`, lang);
  }
  const single = inputs.length === 1 && !isCollection(inputs[0]!);
  if (single && options.output === '-') throw usage('--pdf cần một tệp kết quả, không phải stdout (-o -).', '--pdf needs an output file, not stdout (-o -).', lang);
  const files = expandInputs(inputs);
  const items = single ? [{ kind: 'file' as const, input: files[0]!, output: options.output ?? defaultOutput(files[0]!) }] : planFiles(files, options.output);
  const jobs = items.map((item): BuildJob => ({ kind: 'file', input: (item as { input: string }).input }));
  return { items, jobs, dataFile: undefined };
}

async function planMerge(inputs: readonly string[], options: BuildManyOptions, setup: BuildSetup, sources: Map<string, string>, lang: Lang) {
  const [yamlFile, ...rest] = inputs;
  if (rest.length > 0 || yamlFile === '-' || isCollection(yamlFile!)) {
    throw usage('--data dùng với đúng một tệp YAML.', '--data takes exactly one YAML file.', lang);
  }
  if (!options.output || options.output === '-') {
    throw usage('--data cần -o <thư mục> cho các tệp kết quả.', '--data needs -o <folder> for the output files.', lang);
  }
  const dataFile = options.data!;
  const delimiter = delimiterOf(options.delimiter);
  const text = readTextFile(yamlFile!, options.encoding);
  sources.set(yamlFile!, text);
  const template = prepareMerge(text, yamlFile!); // YAML errors: once, before any row
  setup.merge = { file: yamlFile!, text };
  const rows = await readRows(readUserFile(dataFile), dataFile, { encoding: options.encoding, delimiter, sheet: options.sheet });
  const unfilled = unfilledPlaceholders(template, rows.map((r) => r.fields));
  if (unfilled.length > 0) throw new InputError(unfilled);
  const items = planRows(rows, yamlFile!, dataFile, options.output, options.name);
  const jobs = rows.map((row): BuildJob => ({ kind: 'row', fields: row.fields }));
  return { items, jobs, dataFile };
}

/** -o is a folder for a batch: made if missing, refused if it is a file. */
function prepareOutputDirectory(items: readonly BatchItem[], options: BuildManyOptions): void {
  const folder = options.output;
  if (folder === undefined || (items.length === 1 && items[0]!.kind === 'file' && items[0]!.output === folder)) return;
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new InputError([diagnostic('output-dir-needed', folder, undefined, { path: folder })]);
  }
  mkdirSync(folder, { recursive: true });
}

/** The write step of every item (workers' too): here, so Ctrl-C can remove a temporary file. */
function writeOutput(item: BatchItem, bytes: Uint8Array): string {
  try {
    writeFileAtomic(item.output, bytes);
    return item.output;
  } catch (e) {
    throw new InputError([diagnostic('output-write', item.output, undefined, { detail: (e as Error).message })]);
  }
}

function recordOf(item: BatchItem, result: JobResult): ItemRecord {
  if (result.ok) return { item, status: 'ok', checked: result.checked, ...(result.number && { number: result.number }) };
  if ('internal' in result) return { item, status: 'failed', internal: result.internal };
  return { item, status: 'failed', diagnostics: result.diagnostics, ...(result.checked && { checked: result.checked }) };
}

/** One soffice call for the batch; only DOCX files that exist now, and not PDFs kept by --skip-existing. */
async function convertOutputs(items: readonly BatchItem[], records: readonly (ItemRecord | undefined)[], io: Io) {
  const docx = items
    .filter((item, i) => records[i]?.status === 'ok' || (records[i]?.status === 'skipped' && !existsSync(pdfPathOf(item.output))))
    .map((item) => item.output);
  try {
    return { written: await writePdfsBeside(docx, io.env), problems: [] };
  } catch (e) {
    if (e instanceof InputError) return { written: [], problems: [...e.diagnostics] };
    throw e;
  }
}

/** Failed YAML files are read again only to show the offending line. */
function readFailedSources(records: readonly (ItemRecord | undefined)[], sources: Map<string, string>, encoding: string | undefined): void {
  for (const record of records) {
    if (record?.status !== 'failed' || !record.diagnostics?.length || record.item.kind !== 'file' || sources.has(record.item.input)) continue;
    try {
      sources.set(record.item.input, readTextFile(record.item.input, encoding));
    } catch {
      // unreadable: the diagnostic already says so
    }
  }
}
