// Runs the rules over a checked document: each rule at its configured severity (or off), with
// its options; a rule that cannot be evaluated says so ("not checked"), it never passes silently.
import type { Profile } from '../profile/profile';
import type { CheckDocument, CheckSettings, Finding, NotChecked, NotCheckedReason, Part, Rule, RuleContext } from './types';

export type { RuleSetting } from './types';

export type RunOptions = {
  profile: Profile;
  /** ISO yyyy-MM-dd. */
  today: string;
  rules: readonly Rule[];
  /** Per rule id; rules not named here run at their preset severity. */
  settings: Readonly<CheckSettings>;
};

export type CheckResult = { findings: Finding[]; notChecked: NotChecked[] };

export function runRules(doc: CheckDocument, options: RunOptions): CheckResult {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  for (const rule of options.rules) {
    const setting = options.settings[rule.meta.id];
    if (!setting || setting.severity === 'off' || doc.disabledRules?.includes(rule.meta.id)) continue;
    if (!rule.meta.sources.includes(doc.kind)) {
      notChecked.push({ ruleId: rule.meta.id, reason: 'docx-only' });
      continue;
    }
    const severity = setting.severity;
    const marks = new Set<string>();
    const mark = (reason: NotCheckedReason, detail?: string) => {
      const key = `${reason}|${detail ?? ''}`;
      if (marks.has(key)) return;
      marks.add(key);
      notChecked.push({ ruleId: rule.meta.id, reason, ...(detail !== undefined && { detail }) });
    };
    // An appendix's or a copy block's parts are not the document's own header or signature.
    const parts = (role: string): readonly Part[] => doc.parts.filter((p) => p.role === role && !p.section);
    const context: RuleContext = {
      doc,
      profile: options.profile,
      today: options.today,
      options: { ...rule.meta.options, ...setting.options },
      report: (r) => {
        if (!(r.messageId in rule.meta.messages)) throw new Error(`rule ${rule.meta.id} has no message "${r.messageId}"`);
        findings.push({ ruleId: rule.meta.id, code: rule.meta.code, severity, messageId: r.messageId, args: r.args ?? {}, at: r.at, fix: r.fix });
      },
      need: (role) => {
        const found = parts(role);
        if (found.length === 0) mark('missing-part', role === 'number' && doc.numberPending ? 'number (so: auto)' : role);
        return found;
      },
      parts,
      notChecked: mark,
    };
    rule.check(context);
  }
  return { findings: findings.sort(byLocation), notChecked };
}

/** Document order (line:col, or paragraph), then rule id: the same input lists the same way. */
export function byLocation(a: Finding, b: Finding): number {
  return locationKey(a) - locationKey(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function locationKey(f: Finding): number {
  if (!f.at) return 0;
  return 'line' in f.at ? f.at.line * 10_000 + f.at.col : f.at.paragraph * 10_000;
}
