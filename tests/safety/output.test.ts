// Issue 11, "Output paths" and "Other": -o never destroys what it names. FIFOs, sockets and
// symbolic links stand in for devices (no test touches a real device).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { boundJobs } from '../../src/cli/jobs';
import { runCli } from '../helpers/cli';
import { examplePath } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';
import { makeUnwritable, mountTinyDisk } from '../helpers/unwritable';

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-safety-'));
  copyFileSync(examplePath('cong-van.yaml'), join(dir, 'a.yaml'));
  return dir;
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const isZip = (path: string) => readFileSync(path).subarray(0, 2).toString() === 'PK';

describe('build -o refuses what is not a regular file (exit 2, nothing replaced)', () => {
  it('the input file itself', async () => {
    const dir = workDir();
    const input = join(dir, 'a.yaml');
    const before = readFileSync(input);
    const r = await runCli(['build', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[output-is-input]');
    expect(readFileSync(input)).toEqual(before);
  });

  it('the input through a symbolic link', async () => {
    const dir = workDir();
    symlinkSync('a.yaml', join(dir, 'link.docx'));
    const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, 'link.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[output-is-input]');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('loai: cong-van');
  });

  it('a folder, and a symbolic link to a folder (the link stays a link)', async () => {
    const dir = workDir();
    mkdirSync(join(dir, 'out'));
    symlinkSync('out', join(dir, 'link'));
    for (const target of ['out', 'link']) {
      const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, target), '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('it is a folder, not a regular file. [output-not-file]');
    }
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('a named pipe (a FIFO stands in for /dev/null): refused at once, still a FIFO', async () => {
    const dir = workDir();
    mkfifo(join(dir, 'pipe'));
    const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, 'pipe')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('một ống có tên (FIFO)');
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('a symbolic link to a FIFO, and a socket', async () => {
    const dir = workDir();
    mkfifo(join(dir, 'pipe'));
    symlinkSync('pipe', join(dir, 'null.docx'));
    const server = createServer().listen(join(dir, 'sock'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      expect((await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, 'null.docx')])).code).toBe(2);
      const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, 'sock')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('một socket');
      expect(statSync(join(dir, 'sock')).isSocket()).toBe(true);
    } finally {
      server.close();
    }
    expect(lstatSync(join(dir, 'null.docx')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('a symbolic link to nothing', async () => {
    const dir = workDir();
    symlinkSync('missing/x.docx', join(dir, 'dangling.docx'));
    const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, 'dangling.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[output-not-file]');
    expect(readlinkSync(join(dir, 'dangling.docx'))).toBe('missing/x.docx');
  });
});

describe('replacing an existing output', () => {
  it('writes through a symbolic link to a regular file: the link stays, its target gets the DOCX', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'real.docx'), 'old');
    symlinkSync('real.docx', join(dir, 'link.docx'));
    const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(dir, 'link.docx')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.docx')).isSymbolicLink()).toBe(true);
    expect(isZip(join(dir, 'real.docx'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'link.docx', 'real.docx']);
  });

  it('keeps the mode of the file it replaces', async () => {
    const dir = workDir();
    const out = join(dir, 'a.docx');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    expect((await runCli(['build', join(dir, 'a.yaml')])).code).toBe(0);
    expect(isZip(out)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it('check --fix on a symbolic link to a YAML fixes the target and keeps the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-safety-'));
    writeFileSync(join(dir, 'real.yaml'), toYaml({ ...minimalInput(), kinh_gui: 'Các chi bộ\u200B trực thuộc.' }));
    symlinkSync('real.yaml', join(dir, 'link.yaml'));
    const r = await runCli(['check', join(dir, 'link.yaml'), '--fix']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toContain('kinh_gui: Các chi bộ trực thuộc.');
  });
});

describe('stdout', () => {
  it('build - refuses to write a DOCX to a terminal', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    const err: Buffer[] = [];
    stderr.on('data', (c: Buffer) => err.push(c));
    const written: Buffer[] = [];
    stdout.on('data', (c: Buffer) => written.push(c));
    const yaml = readFileSync(examplePath('cong-van.yaml'));
    const code = await run({ argv: ['build', '-', '--lang', 'en'], env: {}, stdin: Readable.from([yaml]), stdout, stderr });
    expect(code).toBe(2);
    expect(Buffer.concat(err).toString()).toContain('is not written to a terminal. [output-terminal]');
    expect(Buffer.concat(written).length).toBe(0);
  });
});

describe('inputs', () => {
  it('refuses a FIFO and a symbolic link to one as input, without waiting for a writer', async () => {
    const dir = workDir();
    mkfifo(join(dir, 'in.yaml'));
    symlinkSync('in.yaml', join(dir, 'link.yaml'));
    for (const input of ['in.yaml', 'link.yaml']) {
      const r = await runCli(['build', join(dir, input)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[input-not-file]');
    }
    const checked = await runCli(['check', join(dir, 'in.yaml')]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain('[input-not-file]');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const dir = workDir();
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 17 * 1024 * 1024); // sparse: nothing is really written
    const r = await runCli(['build', big, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is too large: over 16 MiB');
    expect(existsSync(join(dir, 'big.docx'))).toBe(false);
  });

  it('bounds -j by the number of cores', () => {
    expect(boundJobs(5000)).toBe(availableParallelism());
    expect(boundJobs(1)).toBe(1);
  });
});

describe('OS errors are user errors: path and reason, exit 2, never "lỗi nội bộ"', () => {
  const expectUserError = (r: { code: number; stderr: string }, path: string) => {
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('lỗi nội bộ');
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain(path);
  };

  it('a missing folder in -o', async () => {
    const dir = workDir();
    const out = join(dir, 'no-such-folder', 'a.docx');
    const r = await runCli(['build', join(dir, 'a.yaml'), '-o', out, '--lang', 'en']);
    expectUserError(r, out);
    expect(r.stderr).toContain('its folder does not exist (ENOENT)');
  });

  it('a folder nobody may write to: build, batch output, check --fix, init, init --config', async () => {
    const dir = workDir();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'fix.yaml'), toYaml({ ...minimalInput(), kinh_gui: 'Các chi bộ\u200B trực thuộc.' }));
    const undo = makeUnwritable(locked);
    try {
      expectUserError(await runCli(['build', join(dir, 'a.yaml'), '-o', join(locked, 'a.docx')]), join(locked, 'a.docx'));
      const batch = await runCli(['build', join(dir, 'a.yaml'), join(dir, 'a.yaml'), '-o', join(locked, 'sub')]);
      expectUserError(batch, join(locked, 'sub'));
      const fix = await runCli(['check', join(locked, 'fix.yaml'), '--fix']);
      expectUserError(fix, join(locked, 'fix.yaml'));
      expect(fix.stderr).toContain('[output-os-error]');
      expectUserError(await runCli(['init', '-o', join(locked, 'new.yaml')]), join(locked, 'new.yaml'));
      expectUserError(await runCli(['init', '--config', '--dir', locked, '--body', 'ĐẢNG ỦY XÃ', '--code', 'ĐU']), locked);
    } finally {
      undo();
    }
  });

  it('a full disk', async (ctx) => {
    const dir = workDir();
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    const unmount = mountTinyDisk(disk);
    if (!unmount) return ctx.skip(); // mounting needs root; the folder tests above still run
    try {
      writeFileSync(join(disk, 'filler'), Buffer.alloc(12 * 1024)); // 4 KiB left: less than the DOCX
      const r = await runCli(['build', join(dir, 'a.yaml'), '-o', join(disk, 'a.docx'), '--lang', 'en']);
      expectUserError(r, join(disk, 'a.docx'));
      expect(r.stderr).toContain('no space left on the disk (ENOSPC)');
      expect(readdirSync(disk)).toEqual(['filler']);
    } finally {
      unmount();
    }
  });
});
