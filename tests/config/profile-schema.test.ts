// The format profile has a schema (schema/profile.schema.json): a key it does not declare, a
// value it does not allow or a value of the wrong type is refused where it is written.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { examplePath, root } from '../helpers/example';

/** Every .ts file under `dir` but src/generated, as one text. */
function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.parentPath.includes('generated'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

const original = readFileSync(join(root, 'profiles/hd36-2018.yaml'), 'utf8');
const lines = original.split('\n');

/** The profile with one edit, the 1-based line and column where the edit's key or value starts. */
function edited(from: string, to: string, at: 'key' | 'value'): { path: string; line: number; col: number } {
  const index = lines.findIndex((l) => l.startsWith(from));
  if (index < 0) throw new Error(`not in the profile: ${from}`);
  const text = [...lines.slice(0, index), to, ...lines.slice(index + 1)].join('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'congvan-profile-')), 'p.yaml');
  writeFileSync(path, text);
  const col = at === 'key' ? to.search(/\S/) + 1 : to.indexOf(':') + 3;
  return { path, line: index + 1, col };
}

async function build(profile: string, lang?: string) {
  return runCli(['build', examplePath('quyet-dinh.yaml'), '-o', '-', '--profile', profile, ...(lang ? ['--lang', lang] : [])]);
}

describe('profile schema', () => {
  it('refuses an unknown key (a typo) at its line:col, with the key it meant', async () => {
    const p = edited('    space_before_pt: 18', '    space_befor_pt: 18', 'key');
    const r = await build(p.path);
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toContain(`${p.path}:${p.line}:${p.col}`);
    expect(r.stderr).toContain('Hồ sơ thể thức không hợp lệ');
    expect(r.stderr).toContain('space_befor_pt');
    expect(r.stderr).toContain('space_before_pt');
  });

  it('refuses a value outside the allowed ones (align: justified), naming them', async () => {
    const p = edited('    align: justify', '    align: justified', 'value');
    const r = await build(p.path, 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p.path}:${p.line}:${p.col}`);
    expect(r.stderr).toContain('Invalid format profile');
    expect(r.stderr).toContain('"justified"');
    expect(r.stderr).toContain('left, center, right, justify');
  });

  it('refuses a value of the wrong type (bold: "yes")', async () => {
    const p = edited('    bold: true', '    bold: "yes"', 'value');
    const r = await build(p.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p.path}:${p.line}:${p.col}`);
    expect(r.stderr).toMatch(/bold.*boolean/);
  });

  it('refuses a negative length', async () => {
    const p = edited('    first_line_mm: 10', '    first_line_mm: -10', 'value');
    const r = await build(p.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p.path}:${p.line}:${p.col}`);
  });

  it('places a style based on one that does not exist at its based_on', async () => {
    const p = edited('    based_on: heading-1', '    based_on: heading-9', 'value');
    const r = await build(p.path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p.path}:${p.line}:${p.col}`);
    expect(r.stderr).toContain('heading-9');
  });

  it('accepts the bundled profile read from a file, and a copy that changes only values', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'congvan-profile-')), 'copy.yaml');
    writeFileSync(path, original.replace('size_pt: 16', 'size_pt: 15'));
    expect((await build(path)).code).toBe(0);
  });

  it('declares only keys that code reads', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema/profile.schema.json'), 'utf8'));
    const keys = new Set<string>();
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const { properties } = node as { properties?: Record<string, unknown> };
      for (const key of Object.keys(properties ?? {})) keys.add(key);
      for (const child of Object.values(node)) walk(child);
    };
    walk(schema);
    const source = sourceText(join(root, 'src'));
    // Read as `.key`, `key:` or `'key'` somewhere in src/ (not in generated code).
    expect([...keys].filter((k) => !new RegExp(`[.'"]${k}\\b|\\b${k}[?]?:`).test(source))).toEqual([]);
  });
});
