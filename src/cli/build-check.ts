// `congvan build` runs the check rules on its input: findings print as warnings, and with
// --strict they are errors that stop the build (exit 1, no file written).
import { checkParsedYaml } from '../check-document';
import type { OrgConfig } from '../core/config/org-config';
import type { ParsedYaml } from '../core/load/parse-yaml';
import type { Lang } from '../core/messages';
import type { DocumentModel } from '../core/model/document';
import type { DocumentInput } from '../core/model/input';
import { presetSettings, readCheckSettings } from '../core/check/config';
import type { JsonDiagnostic } from './format-diagnostics';
import { applyStrict, formatFindingLines, messageOf, type FileReport } from './format-findings';
import type { Io } from './io';
import { todayOf } from './today';

/** Text in a legacy font encoding (TCVN3/VNI) prints as mojibake: as severe in build as in check. */
const AS_CHECKED: ReadonlySet<string> = new Set(['text-legacy-encoding']);

export class FindingsError extends Error {
  constructor(readonly report: FileReport) {
    super(`${report.findings.length} finding(s)`);
    this.name = 'FindingsError';
  }
}

export type BuiltInput = { text: string; parsed: ParsedYaml; input: DocumentInput; model: DocumentModel; file: string; profile?: string; config?: OrgConfig };

export function checkBuildInput(io: Io, source: BuiltInput, strict: boolean): FileReport {
  const { file, profile, config } = source;
  // A mistake in the config's check: section does not stop a build (congvan check reports it).
  const settings = config ? readCheckSettings(config.parsed, config.file).settings : presetSettings();
  const result = checkParsedYaml(source, { file, profile, config, today: todayOf(io.env), settings });
  // Without --strict a finding is shown as a warning, except the rules in AS_CHECKED, which keep
  // the severity `congvan check` gives them (an error there stops the build here too).
  const findings = strict ? applyStrict(result.findings, true) : result.findings.map((f) => (AS_CHECKED.has(f.ruleId) ? f : { ...f, severity: 'warning' as const }));
  const report: FileReport = { file, kind: 'yaml', findings, notChecked: result.notChecked };
  if (findings.some((f) => f.severity === 'error') || (strict && findings.length > 0)) throw new FindingsError(report);
  return report;
}

export const findingLines = (report: FileReport, lang: Lang): string => formatFindingLines(report, lang).join('\n');

/** For `build --json`: findings in the shape of the build's own diagnostics, the rule id as code. */
export function findingsJson(report: FileReport, lang: Lang): JsonDiagnostic[] {
  return report.findings.map((f) => ({
    code: f.ruleId,
    severity: f.severity,
    file: report.file,
    line: f.at && 'line' in f.at ? f.at.line : null,
    col: f.at && 'line' in f.at ? f.at.col : null,
    message: messageOf(f, lang),
    hint: null,
  }));
}
