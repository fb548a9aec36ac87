// congvan check's report: per file its findings (each printed by format-diagnostics.ts, the
// formatter of every diagnostic), what was fixed and not checked, and a summary; as text for
// people or JSON for scripts and CI (stable order, no times or absolute paths: diffable).
import type { Finding, NotChecked, Severity } from '../core/check/types';
import type { Diagnostic } from '../core/diagnostics';
import { shorten, type Lang } from '../core/messages';
import { findingJson, formatFindingLine, toJson, type JsonDiagnostic } from './format-diagnostics';

export type FixedValue = { ruleId: string; line?: number; col?: number; before: string; after: string };

export type FileReport = {
  file: string;
  kind: 'yaml' | 'docx' | null;
  findings: readonly Finding[];
  notChecked: readonly NotChecked[];
  /** Why the file could not be checked at all. */
  unreadable?: readonly Diagnostic[];
  fixed?: readonly FixedValue[];
};

/** --strict: every warning counts, and shows, as an error. */
export function applyStrict(findings: readonly Finding[], strict: boolean): Finding[] {
  return findings.map((f) => (strict && f.severity === 'warning' ? { ...f, severity: 'error' as Severity } : f));
}

export function countBySeverity(reports: readonly FileReport[]): { errors: number; warnings: number } {
  const all = reports.flatMap((r) => r.findings);
  return { errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length };
}

const WORDS = {
  vi: {
    notChecked: 'chưa kiểm tra',
    docxOnly: (n: number) => `${n} quy tắc về bố cục chỉ kiểm tra được trên tệp .docx (dựng tệp rồi kiểm tra nó)`,
    reasons: { 'missing-part': 'không thấy', unreadable: 'không đọc được', 'docx-only': 'chỉ với .docx' } as Record<string, string>,
    fixed: 'đã sửa',
    summary: (e: number, w: number, files: number) => `${e} lỗi, ${w} cảnh báo trong ${files} tệp`,
    clean: (files: number) => `Không có lỗi trong ${files} tệp`,
  },
  en: {
    notChecked: 'not checked',
    docxOnly: (n: number) => `${n} layout rules can only be checked on a .docx file (build it, then check it)`,
    reasons: { 'missing-part': 'not found', unreadable: 'cannot be read', 'docx-only': 'docx only' } as Record<string, string>,
    fixed: 'fixed',
    summary: (e: number, w: number, files: number) => `${e} error(s), ${w} warning(s) in ${files} file(s)`,
    clean: (files: number) => `No problems in ${files} file(s)`,
  },
};

export const formatFindingLines = (r: FileReport, lang: Lang): string[] => r.findings.map((f) => formatFindingLine(f, r.file, lang));

export function formatStylishReport(reports: readonly FileReport[], lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  for (const r of reports) {
    for (const fix of r.fixed ?? []) {
      const where = fix.line !== undefined ? `${r.file}:${fix.line}:${fix.col}` : r.file;
      lines.push(`${where}  ${w.fixed}  «${shorten(fix.before.trim())}» → «${shorten(fix.after.trim())}»  ${fix.ruleId}`);
    }
    lines.push(...formatFindingLines(r, lang));
    const docxOnly = r.notChecked.filter((n) => n.reason === 'docx-only');
    const others = r.notChecked.filter((n) => n.reason !== 'docx-only');
    if (others.length > 0) {
      lines.push(`${r.file}  ${w.notChecked}: ${others.map((n) => `${n.ruleId} (${w.reasons[n.reason]}${n.detail ? `: ${n.detail}` : ''})`).join(', ')}`);
    }
    if (docxOnly.length > 0) lines.push(`${r.file}  ${w.notChecked}: ${w.docxOnly(docxOnly.length)}`);
  }
  const { errors, warnings } = countBySeverity(reports);
  const checked = reports.filter((r) => !r.unreadable).length;
  if (checked > 0) lines.push(errors + warnings === 0 ? w.clean(checked) : w.summary(errors, warnings, checked));
  return `${lines.join('\n')}\n`;
}

/** `congvan check --format json`: the diagnostic, and where in a .docx, and whether --fix applies. */
export type JsonFinding = JsonDiagnostic & {
  ruleId: string;
  paragraph: number | null;
  excerpt: string | null;
  /** The file line:col are in, when not the checked file (a value from congvan.config.yaml). */
  locationFile: string | null;
  fixable: boolean;
};

export function toJsonFinding(f: Finding, file: string, lang: Lang): JsonFinding {
  const at = f.at;
  const { ruleId, code, severity, file: where, line, col, message, hint } = findingJson(f, file, lang);
  return {
    ruleId: ruleId!,
    code,
    severity,
    file: where,
    line,
    col,
    paragraph: at && 'paragraph' in at ? at.paragraph : null,
    excerpt: at && 'excerpt' in at ? at.excerpt : null,
    locationFile: (at && 'line' in at && at.file) || null,
    message,
    hint,
    fixable: f.fix !== undefined,
  };
}

export function formatJsonReport(reports: readonly FileReport[], lang: Lang): string {
  const { errors, warnings } = countBySeverity(reports);
  const report = {
    version: 1,
    summary: { files: reports.length, errors, warnings, unreadable: reports.filter((r) => r.unreadable).length },
    files: reports.map((r) => ({
      file: r.file,
      kind: r.kind,
      findings: r.findings.map((f) => toJsonFinding(f, r.file, lang)),
      notChecked: r.notChecked.map((n) => ({ ruleId: n.ruleId, reason: n.reason, detail: n.detail ?? null })),
      fixed: r.fixed ?? [],
      diagnostics: (r.unreadable ?? []).map((d): JsonDiagnostic => toJson(d, lang)),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
