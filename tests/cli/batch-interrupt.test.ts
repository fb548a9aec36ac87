// Ctrl-C in the middle of a batch (a real process, a real SIGINT): every file left in the
// output folder is a complete DOCX, and no temporary file is left behind.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { root } from '../helpers/example';
import { documentYaml, docxText, tempDir, writeFiles } from '../helpers/batch';

it('leaves only complete files when interrupted mid-batch', async () => {
  const dir = tempDir();
  const count = 600;
  writeFiles(dir, {
    'thu.yaml': documentYaml((i) => (i.so_ky_hieu.so = '{{so}}')),
    'rows.csv': `so\n${Array.from({ length: count }, (_, i) => i + 1).join('\n')}\n`,
  });
  const out = join(dir, 'out');
  const child = spawn(process.execPath, [join(root, 'bin/congvan.js'), 'build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', out, '--name', '{{so}}'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const written = () => {
    try {
      return readdirSync(out).filter((f) => f.endsWith('.docx')).length;
    } catch {
      return 0;
    }
  };
  while (written() < 10) await sleep(10);
  child.kill('SIGINT');
  expect(await exited).toBe(130);

  const files = readdirSync(out);
  expect(files.filter((f) => !f.endsWith('.docx'))).toEqual([]); // no temp files
  expect(files.length).toBeGreaterThanOrEqual(10);
  expect(files.length).toBeLessThan(count); // it really stopped mid-batch
  for (const f of files) expect(docxText(join(out, f))).toContain(`Số ${f.replace('.docx', '')}-CV/ĐU`);
}, 120_000);
