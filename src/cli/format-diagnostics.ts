// Diagnostics → text for people (file:line:col, the line itself, a caret, a hint) or JSON
// for scripts (stable codes).
import type { Diagnostic, Position, Severity } from '../core/diagnostics';
import { formatHint, formatMessage, lineWindow, SEVERITY_WORD, type Lang } from '../core/messages';

export type SourceTexts = ReadonlyMap<string, string>;

export function formatStylish(diagnostics: readonly Diagnostic[], lang: Lang, sources: SourceTexts): string {
  return diagnostics
    .map((d) => {
      const where = d.pos ? `${d.file}:${d.pos.line}:${d.pos.col}` : d.file;
      const head = `${where}: ${SEVERITY_WORD[lang][d.severity]}: ${formatMessage(d.code, d.args, lang)} [${d.code}]`;
      const lines = [head, ...excerpt(d, sources)];
      const hint = formatHint(d.code, d.args, lang);
      if (hint) lines.push(`  ${lang === 'vi' ? 'gợi ý' : 'hint'}: ${hint}`);
      return lines.join('\n');
    })
    .join('\n');
}

function excerpt(d: Diagnostic, sources: SourceTexts): string[] {
  const text = sources.get(d.file);
  if (!text || !d.pos) return [];
  const line = text.split(/\r?\n/)[d.pos.line - 1];
  if (line === undefined) return [];
  const number = String(d.pos.line).padStart(4);
  const shown = lineWindow(line, d.pos.col);
  return [`${number} | ${shown.text}`, `${' '.repeat(4)} | ${' '.repeat(Math.max(0, shown.col - 1))}^`];
}

/**
 * The one JSON shape of a problem, for build, batch and check alike: a loader diagnostic, or a
 * check finding (with its `ruleId`; `code` is then the rule's short code, e.g. CV502).
 */
export type JsonDiagnostic = {
  code: string;
  ruleId?: string;
  severity: Severity;
  file: string;
  line: number | null;
  col: number | null;
  message: string;
  hint: string | null;
};

export function jsonDiagnostic(p: { code: string; ruleId?: string; severity: Severity; file: string; pos?: Position; message: string; hint?: string | null }): JsonDiagnostic {
  return {
    code: p.code,
    ...(p.ruleId !== undefined && { ruleId: p.ruleId }),
    severity: p.severity,
    file: p.file,
    line: p.pos?.line ?? null,
    col: p.pos?.col ?? null,
    message: p.message,
    hint: p.hint ?? null,
  };
}

export function toJson(d: Diagnostic, lang: Lang): JsonDiagnostic {
  return jsonDiagnostic({ ...d, message: formatMessage(d.code, d.args, lang), hint: formatHint(d.code, d.args, lang) });
}
