// The `check:` section of a config file: which rules run, at which severity, with which options.
//   check:
//     rules:
//       text-tone-style: off
//       number-padding: error
//       docx-page-setup: { severity: warning, options: { toleranceMm: 1 } }
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ParsedYaml } from '../load/parse-yaml';
import { suggest } from '../load/validate-input';
import type { CheckSettings, RuleSetting } from './types';
import { PRESET } from './preset';

const SEVERITIES = ['error', 'warning', 'off'];

export type { CheckSettings };

export function presetSettings(): CheckSettings {
  return Object.fromEntries(Object.entries(PRESET).map(([id, severity]) => [id, { severity }]));
}

/** The preset with the config's changes; problems as diagnostics at their line:col. */
export function readCheckSettings(parsed: ParsedYaml, file: string): { settings: CheckSettings; problems: Diagnostic[] } {
  const settings = presetSettings();
  const problems: Diagnostic[] = [];
  const invalid = (path: (string | number)[], detail: string, detailEn: string) =>
    problems.push(diagnostic('config-invalid', file, parsed.locate(path), { detail, detailEn }));
  const section = (parsed.data as { check?: unknown } | null)?.check;
  if (section === undefined || section === null) return { settings, problems };
  const rules = (section as { rules?: unknown }).rules;
  if (typeof section !== 'object' || (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules)))) {
    invalid(['check'], '"check.rules" phải là bảng <mã quy tắc>: <error|warning|off>.', '"check.rules" must map <rule id> to <error|warning|off>.');
    return { settings, problems };
  }
  for (const [id, value] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
    if (!(id in PRESET)) {
      const near = suggest(id, Object.keys(PRESET));
      const [suggestion, suggestionEn] = near ? [` Có phải ý bạn là "${near}"?`, ` Did you mean "${near}"?`] : ['', ''];
      problems.push(diagnostic('config-unknown-rule', file, parsed.locate(['check', 'rules', id], true), { rule: id, suggestion, suggestionEn }));
      continue;
    }
    const { severity, options } = typeof value === 'string' ? { severity: value, options: undefined } : ((value ?? {}) as { severity?: unknown; options?: unknown });
    const level = severity ?? settings[id]!.severity;
    if (typeof level !== 'string' || !SEVERITIES.includes(level) || (options !== undefined && (typeof options !== 'object' || options === null))) {
      invalid(['check', 'rules', id], `"${id}" phải là error, warning, off hoặc { severity, options }.`, `"${id}" must be error, warning, off or { severity, options }.`);
      continue;
    }
    settings[id] = { severity: level as RuleSetting['severity'], ...(options !== undefined && { options: options as Record<string, unknown> }) };
  }
  return { settings, problems };
}
