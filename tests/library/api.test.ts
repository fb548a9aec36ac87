// The library: `build` and `check` beside each other, the same pipeline and rules as the CLI,
// and type declarations shipped in the package (package.json "types" points into dist/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildDocx, check, FindingsError } from '../../src/index';
import { root } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';

const withFinding = () => {
  const d = minimalInput();
  d.ky.quyen_han = 'T/M TRƯỞNG BAN';
  return toYaml(d);
};

describe('the library API', () => {
  it('check() reports the rules’ findings, as congvan check does', () => {
    const result = check(withFinding(), { file: 'a.yaml', today: '2030-01-01' });
    expect(result.kind).toBe('yaml');
    expect(result.findings.map((f) => [f.ruleId, f.code])).toEqual([['signature-tm-collective', 'CV502']]);
  });

  it('build() returns the DOCX and the findings (warnings), and fails under strict', async () => {
    const text = withFinding();
    const built = await build(text, { file: 'a.yaml', today: '2030-01-01' });
    expect(Buffer.from(built.docx).subarray(0, 2).toString()).toBe('PK');
    expect(built.findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature-tm-collective', 'warning']]);
    expect(Buffer.from(await buildDocx(text, { file: 'a.yaml' }))).toEqual(Buffer.from(built.docx));
    await expect(build(text, { file: 'a.yaml', strict: true })).rejects.toBeInstanceOf(FindingsError);
  });

  it('ships its type declarations: "types" points into dist/, which the package publishes', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.types).toBe('dist/types/index.d.ts');
    expect(pkg.exports['.'].types).toBe(`./${pkg.types}`);
    expect(pkg.files).toContain('dist');
    // the declarations the build emits (scripts/build.mjs --types), here into a temporary folder
    const out = mkdtempSync(join(tmpdir(), 'congvan-types-'));
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.types.json'), '--outDir', out]);
    const index = readFileSync(join(out, 'index.d.ts'), 'utf8');
    expect(index).toMatch(/export declare function build\(yamlText: string, options\?: BuildOptions\): Promise<BuildResult>;/);
    expect(index).toMatch(/export \{[^}]*\bcheckYaml as check\b/);
  }, 180_000);
});
