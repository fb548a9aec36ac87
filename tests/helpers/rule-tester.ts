// Valid/invalid case tables for one rule, ESLint-RuleTester style. A YAML case changes the
// minimal input (or gives the YAML text); a .docx case edits a generated file's XML. Each
// invalid case names the messages it expects and where: a text in the YAML (its line:col) or
// in a paragraph of the .docx (its paragraph number), found independently of the checker.
import { describe, expect, it } from 'vitest';
import { checkDocx, checkYaml, type FileCheck } from '../../src/check-document';
import type { Finding } from '../../src/core/check/types';
import { editedDocx, paragraphNumber, type Parts } from './docx-edit';
import { minimalInput, toYaml } from './minimal';

export type Expected = { messageId: string; at?: string };

type Common = { name: string; today?: string; options?: Record<string, unknown>; profile?: string; errors?: Expected[]; notChecked?: boolean };
export type YamlCase = Common & { yaml: ((d: Record<string, any>) => void) | string };
export type DocxCase = Common & { docx: (files: Parts) => void; input?: (d: Record<string, any>) => void };
export type Case = YamlCase | DocxCase;

export function testRule(ruleId: string, cases: { valid: Case[]; invalid: Case[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const { result } = await run(ruleId, c);
        expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
        expect(result.notChecked.some((n) => n.ruleId === ruleId)).toBe(c.notChecked === true);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const { result, where } = await run(ruleId, c);
        const found = result.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ messageId: f.messageId, at: locationOf(f) }));
        const expected = (c.errors ?? []).map((e) => ({ messageId: e.messageId, at: e.at === undefined ? undefined : where(e.at) }));
        expect(found).toEqual(expected);
      });
    }
  });
}

async function run(ruleId: string, c: Case): Promise<{ result: FileCheck; where: (text: string) => unknown }> {
  const options = { file: 'test', profile: c.profile, today: c.today ?? '2030-01-01', settings: { [ruleId]: { severity: 'error' as const, options: c.options } } };
  if ('yaml' in c) {
    const text = typeof c.yaml === 'string' ? c.yaml : yamlOf(c.yaml);
    return { result: checkYaml(text, options), where: (s) => positionIn(text, s) };
  }
  const bytes = await editedDocx(c.docx, c.input);
  return { result: await checkDocx(bytes, options), where: (s) => ({ paragraph: paragraphNumber(bytes, s) }) };
}

function yamlOf(change: (d: Record<string, any>) => void): string {
  const data = minimalInput();
  change(data);
  return toYaml(data);
}

function locationOf(f: Finding): unknown {
  if (!f.at) return undefined;
  return 'line' in f.at ? { line: f.at.line, col: f.at.col } : { paragraph: f.at.paragraph };
}

/** line:col (1-based) of the first occurrence of `needle` in `text`. */
export function positionIn(text: string, needle: string): { line: number; col: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the YAML:\n${text}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

