// congvan check <files…>: the format rules on YAML inputs and .docx files.
//   exit 0 clean · 1 errors (or warnings with --strict, or more than --max-warnings) · 2 unreadable
import { dirname, extname } from 'node:path';
import { checkDocx, checkYaml, type CheckOptions, type FileCheck } from '../../check-document';
import { applyFixes } from '../../core/check/apply-fixes';
import { diagnostic, InputError } from '../../core/diagnostics';
import type { Lang } from '../../core/messages';
import { writeFileAtomic } from '../../files/atomic-write';
import { checkSettingsOf } from '../check-config';
import { loadConfigFor } from '../../config/load-config';
import { checkEncodingName, decodeText } from '../../files/decode-text';
import { formatStylish } from '../format-diagnostics';
import { applyStrict, countBySeverity, formatJsonReport, formatStylishReport, type FileReport, type FixedValue } from '../check-report';
import type { Io } from '../io';
import { todayOf } from '../../clock';
import { readUserFile } from '../../files/read-file';

export type CheckCommandOptions = {
  format: 'stylish' | 'json';
  strict?: boolean;
  maxWarnings?: number;
  fix?: boolean;
  profile?: string;
  config?: string;
  /** --encoding: of YAML files that are not Unicode */
  encoding?: string;
  /** print with LibreOffice and check the pages too (check-render.ts) */
  render?: boolean;
};

export async function checkCommand(io: Io, files: readonly string[], options: CheckCommandOptions, lang: Lang, sources: Map<string, string>): Promise<number> {
  const today = todayOf(io.env);
  checkEncodingName(options.encoding);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkFile(file, { file, profile: options.profile, today }, options, sources));
  if (options.render) await (await import('./check-render')).addRenderFindings(reports, options, sources, io.env);
  for (const r of reports) r.findings = applyStrict(r.findings, options.strict === true);

  const unreadable = reports.flatMap((r) => r.unreadable ?? []);
  if (options.format === 'json') io.stdout.write(formatJsonReport(reports, lang));
  else {
    if (unreadable.length > 0) io.stderr.write(`${formatStylish(unreadable, lang, sources)}\n`);
    io.stdout.write(formatStylishReport(reports, lang));
  }
  const { errors, warnings } = countBySeverity(reports);
  if (unreadable.length > 0) return 2;
  return errors > 0 || (options.maxWarnings !== undefined && warnings > options.maxWarnings) ? 1 : 0;
}

async function checkFile(file: string, options: CheckOptions, command: CheckCommandOptions, sources: Map<string, string>): Promise<FileReport> {
  const ext = extname(file).toLowerCase();
  try {
    // The organisation profile of the file's folder: its defaults, type codes and check: rules.
    const config = loadConfigFor(command.config, dirname(file), sources, command.encoding);
    options = { ...options, config, settings: checkSettingsOf(config) };
    if (ext === '.docx') return report(file, await checkDocx(readBytes(file), options));
    if (ext !== '.yaml' && ext !== '.yml') throw new InputError([diagnostic('check-file-type', file, undefined, { file })]);
    const text = decodeText(readBytes(file), file, command.encoding);
    sources.set(file, text);
    const result = checkYaml(text, options);
    return command.fix ? fixFile(file, text, result, options) : report(file, result);
  } catch (e) {
    if (e instanceof InputError) return { file, kind: null, findings: [], notChecked: [], unreadable: e.diagnostics };
    throw e;
  }
}

/** Applies the safe fixes, writes the file (atomically) and checks it again. */
function fixFile(file: string, text: string, first: FileCheck, options: CheckOptions): FileReport {
  const fixable = first.findings.filter((f) => f.fix);
  const { text: fixedText, applied } = applyFixes(text, fixable.map((f) => f.fix!));
  if (applied.length === 0) return report(file, first);
  const again = checkYaml(fixedText, options); // a fix that broke the input would throw here, before writing
  writeFileAtomic(file, Buffer.from(fixedText, 'utf8'));
  const fixed: FixedValue[] = applied.map((a) => {
    const finding = fixable.find((f) => f.fix === a.fix)!;
    const at = finding.at && 'line' in finding.at ? finding.at : undefined;
    return { ruleId: finding.ruleId, ...(at && { line: at.line, col: at.col }), before: a.before, after: a.after };
  });
  return { ...report(file, again), fixed };
}

function report(file: string, result: FileCheck): FileReport {
  return { file, kind: result.kind, findings: result.findings, notChecked: result.notChecked };
}

function readBytes(file: string): Buffer {
  return readUserFile(file);
}
