// Property: build, then check, is clean. For every example and every real document of the
// corpus, `check` on the built .docx raises no error, and the YAML check and the .docx check
// agree on every rule both evaluate: the same findings (rule, message, arguments), so a
// clerk gets the same answer from the source and from the file it became.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx, checkYaml, type FileCheck } from '../../src/check-document';
import { RULES } from '../../src/core/check/rules';
import { disabledRules } from '../../src/core/check/yaml-document';
import { buildDocx } from '../../src/index';
import { root } from '../helpers/example';

const today = '2030-01-01';
const files = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f)),
  ...readdirSync(join(root, 'tests/corpus')).filter((f) => f.endsWith('.yaml')).map((f) => join('tests/corpus', f)),
].sort();
const BOTH = RULES.filter((r) => r.meta.sources.includes('yaml') && r.meta.sources.includes('docx')).map((r) => r.meta.id);

/** Per rule: its findings as "message|arguments", sorted. */
function byRule(result: FileCheck, rules: string[]): Record<string, string[]> {
  return Object.fromEntries(rules.map((id) => [id, result.findings.filter((f) => f.ruleId === id).map((f) => `${f.messageId}|${JSON.stringify(f.args)}`).sort()]));
}

describe('build, then check', () => {
  it('covers the examples and at least 12 real documents', () => {
    expect(files.filter((f) => f.startsWith('tests/corpus')).length).toBeGreaterThanOrEqual(12);
    expect(BOTH.length).toBeGreaterThan(25);
  });

  it.each(files)('%s: the built .docx has no error, and agrees with its YAML on every rule both evaluate', async (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const yaml = checkYaml(text, { file, today });
    const docx = await checkDocx(await buildDocx(text, { file }), { file, today });
    expect(docx.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.messageId}`)).toEqual([]);
    // A rule the file turns off for itself, or one either side could not evaluate, is not compared.
    const skipped = new Set([...disabledRules(text), ...yaml.notChecked.map((n) => n.ruleId), ...docx.notChecked.map((n) => n.ruleId)]);
    const compared = BOTH.filter((id) => !skipped.has(id));
    expect(compared.length).toBeGreaterThan(20);
    expect(byRule(docx, compared)).toEqual(byRule(yaml, compared));
  });
});
