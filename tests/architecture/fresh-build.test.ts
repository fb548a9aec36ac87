// Tests run what ships: the worker script, the CLI bundle, the library and the generated
// validators and templates are at least as new as every source they are built from
// (tests/fresh-build.ts rebuilds them before each run; without it this test fails).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/example';

function newest(dir: string, skip = 'generated'): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === skip ? 0 : newest(path, skip);
      return statSync(path).mtimeMs;
    }),
  );
}

describe('the build the tests use', () => {
  it('is newer than src/, templates/, schema/ and profiles/', () => {
    const sources = Math.max(...['src', 'templates', 'schema', 'profiles'].map((d) => newest(join(root, d))));
    const built = ['dist/cli.cjs', 'dist/batch-worker.cjs', 'dist/index.js', 'src/generated/validate-input.js', 'src/generated/templates.js', 'src/generated/profiles.js'];
    const stale = built.filter((f) => statSync(join(root, f)).mtimeMs < sources);
    expect(stale).toEqual([]);
  });
});
