// Issue 11, "Internal errors": aliases and nesting that made the loader fail with "lỗi nội
// bộ" are positioned input errors (file:line:col, exit 2), in documents and in the config.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-yaml-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(Array.from({ length: 9 }, (_, i) => {
    const [name, prev] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
    return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`;
  }))
  .join('\n');

const CASES: [string, string, string, string][] = [
  ['an undefined alias', 'loai: cong-van\ntrich_yeu: *khong_co\n', ':2:12: lỗi:', '[yaml-alias-undefined]'],
  ['a self-referencing alias', 'loai: cong-van\ntrich_yeu: &t [*t]\n', ':2:16: lỗi:', '[yaml-alias-self]'],
  ['an alias inside the mapping it names', 'loai: cong-van\nnoi_dung: &n\n  mo_dau: *n\n', ':3:11: lỗi:', '[yaml-alias-self]'],
  ['too many alias expansions (billion laughs)', `loai: cong-van\n${laughs}\n`, ':3:8: lỗi:', '[yaml-alias-limit]'],
  ['deep nesting (flow)', `loai: cong-van\ntrich_yeu: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, ':2:', '[yaml-too-deep]'],
  ['deep nesting (block, within the parser)', `loai: cong-van\ntrich_yeu:\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}-\n`).join('')}`, ':', '[yaml-too-deep]'],
];

describe('YAML errors are positioned, never internal', () => {
  for (const [name, text, where, code] of CASES) {
    it(`build and check: ${name}`, async () => {
      const path = file('van-ban.yaml', text);
      for (const command of ['build', 'check']) {
        const r = await runCli([command, path]);
        expect(r.code).toBe(2);
        expect(r.stderr).not.toContain('lỗi nội bộ');
        expect(r.stderr).toContain(`${path}${where}`);
        expect(r.stderr).toContain(code);
      }
    });
  }

  it('an undefined alias in congvan.config.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-yaml-'));
    writeFileSync(join(dir, 'congvan.config.yaml'), 'dia_danh: *noi\n');
    writeFileSync(join(dir, 'a.yaml'), 'loai: cong-van\n');
    const r = await runCli(['build', join(dir, 'a.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'congvan.config.yaml')}:1:11: lỗi:`);
    expect(r.stderr).toContain('[yaml-alias-undefined]');
  });

  it('shows at most about 120 characters of a long line, with the caret under the column', async () => {
    const path = file('dai.yaml', `loai: cong-van\ntrich_yeu: "${'x'.repeat(200_000)}" *a\n`);
    const r = await runCli(['build', path]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
  });
});
