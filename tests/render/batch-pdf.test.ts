// --pdf and `congvan pdf`: LibreOffice renders every DOCX of a batch in one call; without
// LibreOffice the DOCX files stay and the message says how to install it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { root } from '../helpers/example';
import { pageCount, pageText } from '../helpers/pdf';
import { listDir, mergeData, mergeExample, tempDir } from '../helpers/batch';
import { makeOffice, ownContent } from '../helpers/office';

const env = { PATH: process.env.PATH ?? '' };

describe('PDF output', () => {
  it('writes a PDF beside each DOCX of a mail merge, each a one-page letter with its own number', async () => {
    const out = join(tempDir(), 'out');
    const result = await runCli(['build', mergeExample, '--data', mergeData, '-o', out, '--name', '{{so}}', '--pdf', '-q'], { env });
    expect(result.code).toBe(0);
    expect(listDir(out)).toEqual(['1101.docx', '1101.pdf', '1102.docx', '1102.pdf', '1103.docx', '1103.pdf']);
    for (const so of ['1101', '1102', '1103']) {
      const pdf = join(out, `${so}.pdf`);
      expect(pageCount(pdf)).toBe(1);
      expect(pageText(pdf, 1)).toContain(`Số ${so}-CV/ĐUK`);
    }
    expect(pageText(join(out, '1103.pdf'), 1)).toContain('Kính gửi: Chi bộ Sở Tư pháp');
  }, 240_000);

  it('numbers a so: auto document built with --pdf, and prints that number in the PDF', async () => {
    const office = makeOffice();
    const input = office.write('a.yaml', ownContent('V/v in kèm PDF'));
    const result = await runCli(['build', input, '--pdf', '-q'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(pageText(join(office.dir, 'a.pdf'), 1)).toContain('Số 01-CV/ĐU');
    const exported = await runCli(['register', 'export', '--json', '--config', office.config]);
    expect(JSON.parse(exported.stdout.toString('utf8'))).toEqual([expect.objectContaining({ ky_hieu: '01-CV/ĐU', nguon: 'a.yaml', trang_thai: 'đã ban hành' })]);
  }, 240_000);

  it('converts DOCX files given to `congvan pdf`, even two with the same name', async () => {
    const dir = tempDir();
    const out = join(dir, 'docx');
    await runCli(['build', mergeExample, '--data', mergeData, '-o', out, '--name', '{{so}}', '-q']);
    const other = join(dir, 'khac');
    mkdirSync(other);
    await runCli(['build', join(root, 'examples/cong-van.yaml'), '-o', join(other, '1101.docx'), '-q']);
    const result = await runCli(['pdf', join(out, '1101.docx'), join(other, '1101.docx')], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Đã tạo ${join(out, '1101.pdf')}`);
    expect(pageCount(join(out, '1101.pdf'))).toBe(1);
    expect(pageCount(join(other, '1101.pdf'))).toBe(2); // the 1023-CV/ĐUK example, not a copy of the other
  }, 240_000);

  it('without LibreOffice: a clear message with the install command, exit 2, the DOCX files kept', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const noSoffice = { PATH: tempDir(), CONGVAN_SOFFICE: join(dir, 'no-such-soffice') };
    const r = spawnSync(process.execPath, [join(root, 'bin/congvan.js'), 'build', mergeExample, '--data', mergeData, '-o', out, '--pdf'], { env: noSoffice, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy LibreOffice (soffice) để xuất PDF. Các tệp DOCX vẫn được giữ.');
    expect(r.stderr).toContain('apt-get install -y libreoffice-writer-nogui');
    expect(listDir(out).filter((f) => f.endsWith('.docx'))).toHaveLength(3);
    expect(listDir(out).some((f) => f.endsWith('.pdf'))).toBe(false);

    copyFileSync(join(out, listDir(out)[0]!), join(dir, 'a.docx'));
    const pdf = spawnSync(process.execPath, [join(root, 'bin/congvan.js'), 'pdf', join(dir, 'a.docx'), '--lang', 'en'], { env: noSoffice, encoding: 'utf8' });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('LibreOffice (soffice) was not found');
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });
});
