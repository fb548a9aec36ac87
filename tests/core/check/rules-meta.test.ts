// Every rule is complete: documented (id, code, both languages, the clause it enforces), in
// the preset, tested with valid and invalid cases that reach each of its messages, and listed
// in docs/rules.md as generated.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET } from '../../../src/core/check/preset';
import { RULES } from '../../../src/core/check/rules';
import { rulesMarkdown } from '../../../src/core/check/rules-markdown';
import { root } from '../../helpers/example';

const testsDir = join(root, 'tests/core/check/rules');

describe('rule metas', () => {
  it('there are at least 25 rules, one file each, each in the registry', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25);
    const files = readdirSync(join(root, 'src/core/check/rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(files.sort());
  });

  it('ids and codes are unique and well formed', () => {
    const ids = RULES.map((r) => r.meta.id);
    const codes = RULES.map((r) => r.meta.code);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const code of codes) expect(code).toMatch(/^CV\d{3}$/);
  });

  it('the preset lists every rule, and only rules, with a severity', () => {
    expect(Object.keys(PRESET).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const severity of Object.values(PRESET)) expect(['error', 'warning']).toContain(severity);
  });

  // The standard lives in the repository: every clause a rule cites is a heading of it.
  const clauses = readFileSync(join(root, 'docs/standard.md'), 'utf8');

  describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, { meta }) => {
    it('describes itself in Vietnamese and English, with the clause it enforces', () => {
      expect(meta.description.vi.length).toBeGreaterThan(10);
      expect(meta.description.en.length).toBeGreaterThan(10);
      // "§3.3", "§1, §D3": clause ids only, each a heading "### §3.3. …" of docs/standard.md.
      expect(meta.reference).toMatch(/^§(\d+(\.\d+)?|D\d+)(, §(\d+(\.\d+)?|D\d+))*$/);
      for (const [, clause] of meta.reference.matchAll(/§(\d+(?:\.\d+)?|D\d+)/g)) expect(clauses).toMatch(new RegExp(`^#+ §${clause!.replace('.', '\\.')}\\. `, 'm'));
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(meta.messages)) {
        expect(m.vi.trim()).not.toBe('');
        expect(m.en.trim()).not.toBe('');
      }
    });

    it('has a test file with valid and invalid cases reaching every message', () => {
      const file = join(testsDir, `${id}.test.ts`);
      expect(existsSync(file)).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(`testRule('${id}'`);
      expect(text).toMatch(/valid: \[\s*(\/\/.*\n\s*)*\{/);
      expect(text).toMatch(/invalid: \[\s*(\/\/.*\n\s*)*\{/);
      for (const messageId of Object.keys(meta.messages)) expect(text).toContain(`messageId: '${messageId}'`);
    });
  });

  it('docs/rules.md is generated from the metas (node scripts/rules-doc.mjs)', () => {
    expect(readFileSync(join(root, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown());
  });
});
