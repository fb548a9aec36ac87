// congvan build: default output path, stdin/stdout, --version, --help, bad usage.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { examplePath } from '../helpers/example';
import { inspect } from '../helpers/example';
import pkg from '../../package.json';

describe('congvan build', () => {
  it('writes <input>.docx next to the input by default and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-build-'));
    const input = join(dir, 'cv.yaml');
    copyFileSync(examplePath('cong-van.yaml'), input);
    const result = await runCli(['build', input]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Đã tạo ${join(dir, 'cv.docx')}\n`);
    expect(inspect(readFileSync(join(dir, 'cv.docx'))).paragraphsWithText('Số 1023-CV/ĐUK')).toHaveLength(1);
  });

  it('writes to -o and prints nothing with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-build-'));
    const out = join(dir, 'ra.docx');
    const result = await runCli(['build', examplePath('cong-van.yaml'), '-o', out, '--quiet']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(out)).toBe(true);
  });

  it('reads YAML from stdin with - and writes the DOCX to stdout with -o -', async () => {
    const yaml = readFileSync(examplePath('cong-van.yaml'), 'utf8');
    const result = await runCli(['build', '-', '-o', '-'], { stdin: yaml });
    expect(result.code).toBe(0);
    expect(result.stdout.subarray(0, 2).toString()).toBe('PK');
    expect(inspect(result.stdout).paragraphsWithText('Đỗ Hồng Quang')).toHaveLength(1);
  });

  it('prints the version and the help', async () => {
    expect((await runCli(['--version'])).stdout.toString().trim()).toBe(pkg.version);
    const help = await runCli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.toString()).toContain('--output <file>');
  });

  it('exits 2 on bad usage (unknown command or option, missing argument)', async () => {
    expect((await runCli(['biuld'])).code).toBe(2);
    expect((await runCli(['build', 'x.yaml', '--nope'])).code).toBe(2);
    expect((await runCli(['build'])).code).toBe(2);
  });

  it('exits 2 with the list of profiles for an unknown --profile', async () => {
    const result = await runCli(['build', examplePath('cong-van.yaml'), '-o', '-', '--profile', 'hd99']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không có hồ sơ thể thức "hd99"');
    expect(result.stderr).toContain('hd36-2018');
  });
});
