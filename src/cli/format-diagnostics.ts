// Diagnostics → text for people (file:line:col, the line itself, a caret, a hint) or JSON
// for scripts (stable codes).
import type { Diagnostic } from '../core/diagnostics';
import { formatHint, formatMessage, SEVERITY_WORD, type Lang } from '../core/messages';

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
  return [`${number} | ${line}`, `${' '.repeat(4)} | ${' '.repeat(Math.max(0, d.pos.col - 1))}^`];
}

export type JsonDiagnostic = {
  code: string;
  /** A finding of the check rules: its rule id (`code` is the rule's short code). */
  ruleId?: string;
  severity: string;
  file: string;
  line: number | null;
  col: number | null;
  message: string;
  hint: string | null;
};

export function toJson(d: Diagnostic, lang: Lang): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.pos?.line ?? null,
    col: d.pos?.col ?? null,
    message: formatMessage(d.code, d.args, lang),
    hint: formatHint(d.code, d.args, lang) ?? null,
  };
}
