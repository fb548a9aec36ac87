// Parallel builds in separate processes never get the same number: each takes it inside a
// write transaction (BEGIN IMMEDIATE) of the shared SQLite register.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { inspect, root } from '../helpers/example';
import { paragraphText } from '../helpers/ooxml';
import { makeOffice, ownContent } from '../helpers/office';

const run = promisify(execFile);
const PROCESSES = 12;

describe('numbering under concurrency', () => {
  it(`gives ${PROCESSES} documents built by ${PROCESSES} processes at once the numbers 01…${PROCESSES}, each once`, async () => {
    const office = makeOffice();
    const inputs = Array.from({ length: PROCESSES }, (_, i) => office.write(`vb-${i}.yaml`, ownContent(`V/v văn bản ${i}`)));
    const cli = join(root, 'bin/congvan.js');
    const results = await Promise.all(inputs.map((input) => run(process.execPath, [cli, 'build', input, '--quiet'], { env: { ...process.env, CONGVAN_LANG: 'vi' } })));
    expect(results.map((r) => r.stderr)).toEqual(inputs.map(() => ''));

    const printed = inputs.map((input) => {
      const [line] = inspect(readFileSync(input.replace(/\.yaml$/, '.docx'))).paragraphsWithText(/^Số \d/);
      return paragraphText(line!);
    });
    const expected = Array.from({ length: PROCESSES }, (_, i) => `Số ${String(i + 1).padStart(2, '0')}-CV/ĐU`);
    expect([...printed].sort()).toEqual(expected);

    const exported = await runCli(['register', 'export', '--json', '--config', office.config]);
    const entries = JSON.parse(exported.stdout.toString('utf8')) as { ky_hieu: string; nguon: string; trang_thai: string }[];
    expect(entries.map((e) => `Số ${e.ky_hieu}`).sort()).toEqual(expected);
    expect(new Set(entries.map((e) => e.trang_thai))).toEqual(new Set(['đã ban hành']));
    // each document's number in the register is the one printed in its file
    for (const i of inputs.keys()) expect(entries.find((e) => e.nguon === `vb-${i}.yaml`)?.ky_hieu).toBe(printed[i]!.slice(3));
    expect((await runCli(['register', 'check', '--config', office.config])).code).toBe(0);
  }, 60_000);
});
