// What `congvan build` (alone or in a batch) shows of the check step's findings: the lines of
// `congvan check`, and, for --json, diagnostics with the same code, ruleId and severity as
// `congvan check --format json`.
import type { Checked } from '../core/pipeline/build-document';
import type { Lang } from '../core/messages';
import type { JsonDiagnostic } from './format-diagnostics';
import { formatFindingLines, hintOf, messageOf, type FileReport } from './format-findings';

const reportOf = (file: string, checked: Checked): FileReport => ({ file, kind: 'yaml', findings: checked.findings, notChecked: checked.notChecked });

export const findingLines = (file: string, checked: Checked, lang: Lang): string => formatFindingLines(reportOf(file, checked), lang).join('\n');

export function findingsJson(file: string, checked: Checked, lang: Lang): JsonDiagnostic[] {
  return checked.findings.map((f) => {
    const at = f.at && 'line' in f.at ? f.at : undefined;
    return {
      code: f.code,
      ruleId: f.ruleId,
      severity: f.severity,
      file: at?.file ?? file,
      line: at?.line ?? null,
      col: at?.col ?? null,
      message: messageOf(f, lang),
      hint: hintOf(f, lang),
    };
  });
}
