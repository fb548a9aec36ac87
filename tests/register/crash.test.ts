// A process killed in the middle of writing the register leaves it as it was before: SQLite
// rolls the hot journal back on the next open, and numbering carries on.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { root } from '../helpers/example';
import { makeOffice, ownContent } from '../helpers/office';

const ROWS = 150_000;

describe('crash safety', () => {
  it('loses nothing and keeps nothing half-written when an import is killed mid-write', async () => {
    const office = makeOffice();
    expect((await runCli(['build', office.write('a.yaml', ownContent('V/v một'))])).code).toBe(0);
    const csv = join(office.dir, 'so-cu.csv');
    const rows = Array.from({ length: ROWS }, (_, i) => `BC,${i + 1},2023-01-02,Báo cáo số ${i + 1}`);
    writeFileSync(csv, `ma_loai,so,ngay,trich_yeu\n${rows.join('\n')}\n`);

    const journal = join(office.dir, 'so-van-ban-di.sqlite-journal');
    const child = spawn(process.execPath, [join(root, 'bin/congvan.js'), 'register', 'import', '--csv', csv, '--config', office.config], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it as soon as it is writing (its rollback journal exists).
    while (!existsSync(journal)) {
      if (child.exitCode !== null) throw new Error('the import finished before it could be killed');
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(journal)).toBe(true); // a hot journal: the transaction never committed

    const check = await runCli(['register', 'check', '--config', office.config]);
    expect(check.stderr).toBe('Sổ văn bản đi không có lỗi (1 số).\n');
    expect(check.code).toBe(0);
    const next = await runCli(['build', office.write('b.yaml', ownContent('V/v hai'))]);
    expect(next.stderr).toContain('(số 02-CV/ĐU)');
  }, 60_000);
});
