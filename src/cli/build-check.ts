// What `congvan build` (alone or in a batch) shows of the check step's findings: the lines of
// `congvan check`, and, for --json, diagnostics with the same code, ruleId and severity as
// `congvan check --format json`.
import type { Checked } from '../core/pipeline/build-document';
import type { Lang } from '../core/messages';
import type { JsonDiagnostic } from './format-diagnostics';
import { findingJson, formatFindingLines, type FileReport } from './format-findings';

const reportOf = (file: string, checked: Checked): FileReport => ({ file, kind: 'yaml', findings: checked.findings, notChecked: checked.notChecked });

export const findingLines = (file: string, checked: Checked, lang: Lang): string => formatFindingLines(reportOf(file, checked), lang).join('\n');

export const findingsJson = (file: string, checked: Checked, lang: Lang): JsonDiagnostic[] => checked.findings.map((f) => findingJson(f, file, lang));
