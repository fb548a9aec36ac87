// Issue 11, "Hangs and memory": check on a hostile .docx ends with exit 2, quickly and in
// bounded memory. Run in a child process (the built CLI) to read its peak RSS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxWithRepeated, overlapBomb } from '../helpers/hostile-docx';

const MIB = 1024 * 1024;
const CLI = join(process.cwd(), 'dist', 'cli.cjs');

/** congvan check in a child: exit code, stderr, peak RSS in bytes, CPU seconds. */
function checkInChild(bytes: Uint8Array): { code: number; stderr: string; maxRss: number; cpu: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'congvan-bomb-')), 'bomb.docx');
  writeFileSync(path, bytes);
  const script = `
    const { run } = require(${JSON.stringify(CLI)});
    let err = '';
    const stderr = { write: (s) => { err += s; return true; } };
    run({ argv: ['check', ${JSON.stringify(path)}, '--lang', 'en'], env: {}, stdin: process.stdin, stdout: { write: () => true }, stderr })
      .then((code) => { const u = process.resourceUsage(); console.log(JSON.stringify({ code, stderr: err, maxRss: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 }));
}

describe('check on hostile .docx files', () => {
  it('a real document is still read (the bounds are far above it)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-bomb-'));
    execFileSync(process.execPath, ['bin/congvan.js', 'build', 'examples/cong-van.yaml', '-o', join(dir, 'cv.docx'), '-q']);
    const r = checkInChild(readFileSync(join(dir, 'cv.docx')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    ['a deflate bomb (32 MB of spaces in document.xml)', () => docxWithRepeated(' ', 32 * MIB)],
    ['a million empty paragraphs', () => docxWithRepeated('<w:p/>', 1_000_000)],
    ['an overlap bomb (2000 entries naming one 16 MB stream)', () => overlapBomb(2000, 16)],
  ])('%s: exit 2, under 200 MiB and about a second of CPU', (_name, make) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(2 * MIB); // small on disk
    const r = checkInChild(bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[docx-too-large]');
    expect(r.stderr).not.toContain('internal error');
    expect(r.maxRss).toBeLessThan(200 * MIB);
    expect(r.cpu).toBeLessThan(3); // generous: the read stops at the cap (under a second alone)
  }, 120_000);
});
