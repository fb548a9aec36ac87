// Same bytes alone and in a batch: every example, and every row of the mail-merge example,
// built by a single `congvan build` and by a batch, in this thread (-j 0) and on worker
// threads (-j 2), gives byte-identical DOCX files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listDir, tempDir } from '../helpers/batch';
import { runCli } from '../helpers/cli';
import { examplePath } from '../helpers/example';

const examples = readdirSync(examplePath('.')).filter((f) => f.endsWith('.yaml')).sort();

async function build(args: string[]): Promise<void> {
  const r = await runCli(['build', ...args, '-q']);
  expect(r.code, r.stderr).toBe(0);
}

const filesIn = (dir: string): Record<string, Buffer> => Object.fromEntries(listDir(dir).map((f) => [f, readFileSync(join(dir, f))]));

describe('the same bytes alone and in a batch', () => {
  it('for every example', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'single'));
    for (const example of examples) await build([examplePath(example), '-o', join(dir, 'single', example.replace(/\.yaml$/, '.docx'))]);
    await build([examplePath('*.yaml'), '-o', join(dir, 'here'), '-j', '0']);
    await build([examplePath('*.yaml'), '-o', join(dir, 'workers'), '-j', '2']);
    const single = filesIn(join(dir, 'single'));
    expect(Object.keys(single)).toHaveLength(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(21);
    expect(filesIn(join(dir, 'here'))).toEqual(single);
    expect(filesIn(join(dir, 'workers'))).toEqual(single);
  }, 240_000);

  it('for every row of the mail-merge example', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'single'));
    const yaml = examplePath('tron-thu/cong-van.yaml');
    const csv = examplePath('tron-thu/chi-bo.csv');
    const template = readFileSync(yaml, 'utf8');
    const rows = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(1);
    // Each row alone: its values written into the YAML by hand (quoted where the YAML quotes
    // the placeholder), then a single build.
    const single: Record<string, Buffer> = {};
    for (const [i, row] of rows.entries()) {
      const filled = template
        .replace(/"\{\{(\w+)\}\}"/g, (_, name: string) => JSON.stringify(row[name]))
        .replace(/^(?!\s*#)(.*)$/gm, (line) => line.replace(/\{\{(\w+)\}\}/g, (_, name: string) => row[name]!));
      const file = join(dir, `row-${i + 1}.yaml`);
      writeFileSync(file, filled);
      const out = join(dir, 'single', `cong-van-${i + 1}.docx`);
      await build([file, '-o', out]);
      single[basename(out)] = readFileSync(out);
    }
    await build([yaml, '--data', csv, '-o', join(dir, 'here'), '-j', '0']);
    await build([yaml, '--data', csv, '-o', join(dir, 'workers'), '-j', '2']);
    expect(filesIn(join(dir, 'here'))).toEqual(single);
    expect(filesIn(join(dir, 'workers'))).toEqual(single);
  }, 120_000);
});
