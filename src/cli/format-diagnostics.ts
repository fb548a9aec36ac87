// The one formatter of diagnostics — a loader's errors and the check rules' findings alike —
// for build, batch and check: text for people and one JSON shape for scripts (stable codes).
// Loader errors print as `file:line:col: severity: message [code]`, the line, a caret and a
// hint; a finding as `file:line:col  severity  message  rule-id` (a .docx paragraph as `¶12`).
import { RULES } from '../core/check/rules';
import { RENDER_RULES } from '../core/check/render/render-rules';
import type { Finding } from '../core/check/types';
import type { Diagnostic, Position, Severity } from '../core/diagnostics';
import { fill, formatHint, formatMessage, lineWindow, SEVERITY_WORD, type Lang } from '../core/messages';
import type { Checked } from '../core/pipeline/build-document';

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

const META = new Map([...RULES.map((r) => r.meta), ...RENDER_RULES].map((m) => [m.id, m]));

export function messageOf(f: Finding, lang: Lang): string {
  const message = META.get(f.ruleId)?.messages[f.messageId];
  return message ? fill(message[lang], f.args) : f.messageId;
}

/** The hint of a message the loader shares (a signature form); other rules' messages have none. */
export function hintOf(f: Finding, lang: Lang): string | null {
  const hint = META.get(f.ruleId)?.messages[f.messageId]?.hint;
  return hint ? fill(hint[lang], f.args) : null;
}

/** `file:line:col  severity  message  rule-id`; a .docx paragraph as `file:¶12` and an excerpt. */
export function formatFindingLine(f: Finding, file: string, lang: Lang): string {
  const at = f.at;
  const where = !at ? file : 'line' in at ? `${at.file ?? file}:${at.line}:${at.col}` : `${file}:¶${at.paragraph}`;
  const quoted = at && 'excerpt' in at ? ` «${at.excerpt}»` : '';
  return `${where}  ${SEVERITY_WORD[lang][f.severity]}  ${messageOf(f, lang)}${quoted}  ${f.ruleId}`;
}

/** What a build (alone or in a batch) prints of its check step: the lines of `congvan check`. */
export const findingLines = (file: string, checked: Checked, lang: Lang): string => checked.findings.map((f) => formatFindingLine(f, file, lang)).join('\n');

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

/** A finding as JSON, `file` the file its line:col are in (congvan.config.yaml for a value it supplied). */
export function findingJson(f: Finding, file: string, lang: Lang): JsonDiagnostic {
  const at = f.at && 'line' in f.at ? f.at : undefined;
  return jsonDiagnostic({ code: f.code, ruleId: f.ruleId, severity: f.severity, file: at?.file ?? file, pos: at, message: messageOf(f, lang), hint: hintOf(f, lang) });
}

/** A build's check step as JSON diagnostics (`--json`, a batch's `items[].diagnostics`). */
export const findingsJson = (file: string, checked: Checked, lang: Lang): JsonDiagnostic[] => checked.findings.map((f) => findingJson(f, file, lang));
