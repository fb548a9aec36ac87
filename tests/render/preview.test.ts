// congvan preview: the printed pages as PNG images, named by page, where -o says; a range not in
// the document, or a malformed one, is exit 2 with nothing written.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { root } from '../helpers/example';

const png = (path: string) => {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('congvan preview', () => {
  it('writes one PNG per page of the range and says where', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'congvan-preview-')), 'anh');
    const r = await runCli(['preview', join(root, 'examples', 'cong-van.yaml'), '--pages', '1-2', '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cong-van-1.png', 'cong-van-2.png']);
    expect(r.stderr).toBe(`Đã tạo ${join(out, 'cong-van-1.png')}\nĐã tạo ${join(out, 'cong-van-2.png')}\n`);
    // A4 at 96 dpi: 794 × 1123 pixels
    expect(png(join(out, 'cong-van-1.png'))).toEqual({ width: 794, height: 1123 });
  }, 300_000);

  it('refuses a malformed range before printing anything', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'congvan-preview-')), 'anh');
    const r = await runCli(['preview', join(root, 'examples', 'cong-van.yaml'), '--pages', 'hai', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The page range "hai" is not in the document');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is neither YAML nor .docx', async () => {
    const r = await runCli(['preview', join(root, 'README.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chỉ nhận tệp .yaml, .yml hoặc .docx');
  });
});
