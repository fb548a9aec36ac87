// Layers only point down: the imports of every file under src/ are read and checked.
//   core/  pure: nothing from cli/, batch/, register/, pdf/, docx/, the library files or Node
//          built-ins (no fs, no process, no clock), and no `process` global
//   core/load  does not import core/check (the checker reads the loader, not the reverse)
//   batch/ nothing from cli/;   docx/, register/, pdf/, config/, files/ nothing from cli/ or batch/
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/example';

const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports (static, re-exported, dynamic, type-only): src-relative paths, or the package name. */
function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.map((s) => (s.startsWith('.') ? relative(src, resolve(dirname(file), s)).split('\\').join('/') : s));
}

type SourceFile = { path: string; imports: string[]; text: string };

const files: SourceFile[] = sourceFiles(src).map((path) => ({ path: relative(src, path).split('\\').join('/'), imports: importsOf(path), text: readFileSync(path, 'utf8') }));
const under = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`));

function violations(from: readonly SourceFile[], forbidden: (target: string) => boolean): string[] {
  return from.flatMap((f) => f.imports.filter(forbidden).map((target) => `${f.path} → ${target}`));
}

describe('layering of src/', () => {
  it('reads the imports it checks (the test would pass on nothing otherwise)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.find((f) => f.path === 'cli/commands/build.ts')!.imports).toContain('core/pipeline/build-document');
    const sample = "import type { A } from '../cli/b';\nconst m = await import('../batch/c');\nexport { d } from 'node:fs';";
    expect(importsOf(join(src, 'core/a.ts'), sample)).toEqual(['cli/b', 'node:fs', 'batch/c']);
  });

  it('core/ is pure: no other layer of src/, no Node built-ins, no process', () => {
    const outside = (t: string) => /^(cli|batch|register|pdf|docx|config|files)\//.test(t) || /^(index|numbering|package-data|package-files|check-document)$/.test(t) || t.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(t);
    expect(violations(under('core'), outside)).toEqual([]);
    expect(under('core').filter((f) => /\bprocess\.|\bnew Date\(\)|Date\.now\(/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('core/load does not import core/check', () => {
    expect(violations(under('core/load'), (t) => t.startsWith('core/check'))).toEqual([]);
  });

  it('batch/ imports nothing from cli/', () => {
    expect(violations(under('batch'), (t) => t.startsWith('cli/'))).toEqual([]);
  });

  it('the lower layers import nothing from cli/ or batch/', () => {
    const lower = ['docx', 'register', 'pdf', 'config', 'files'].flatMap(under);
    expect(violations(lower, (t) => /^(cli|batch)\//.test(t))).toEqual([]);
  });
});
