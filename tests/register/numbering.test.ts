// Automatic numbering (so: auto, --assign-number): the next number per type per term, zero
// padded, written into the document and the register; a re-build keeps its number; a
// cancelled number is never reused; a failed write keeps the number for that input.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/index';
import { runCli } from '../helpers/cli';
import { inspect } from '../helpers/example';
import { toYaml } from '../helpers/minimal';
import { paragraphText } from '../helpers/ooxml';
import { makeOffice, officeConfig, ownContent, type Office } from '../helpers/office';

/** Builds and returns the "Số …" line printed in the DOCX. */
async function buildNumber(input: string, ...args: string[]): Promise<string> {
  const result = await runCli(['build', input, ...args]);
  expect(result.stderr).not.toContain('lỗi');
  expect(result.code).toBe(0);
  const numberLines = inspect(readFileSync(input.replace(/\.yaml$/, '.docx'))).paragraphsWithText(/^Số \d/);
  expect(numberLines).toHaveLength(1);
  return paragraphText(numberLines[0]!);
}

async function exported(office: Office): Promise<Record<string, any>[]> {
  const result = await runCli(['register', 'export', '--json', '--config', office.config]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout.toString('utf8'));
}

describe('automatic numbering', { timeout: 120_000 }, () => {
  it('runs from 01 per type within a term, and starts again at 01 in a new term', async () => {
    const office = makeOffice();
    expect(await buildNumber(office.write('a.yaml', ownContent('V/v một')))).toBe('Số 01-CV/ĐU');
    expect(await buildNumber(office.write('b.yaml', ownContent('V/v hai')))).toBe('Số 02-CV/ĐU');
    const report = ownContent('Báo cáo', { so_ky_hieu: { so: 'auto', loai: 'BC' } });
    expect(await buildNumber(office.write('c.yaml', report))).toBe('Số 01-BC/ĐU');
    expect(await buildNumber(office.write('d.yaml', ownContent('V/v ba')))).toBe('Số 03-CV/ĐU');

    writeFileSync(office.config, toYaml({ ...officeConfig(), nhiem_ky: { ten: '2025-2030', bat_dau: '2025-09-20' } }));
    expect(await buildNumber(office.write('e.yaml', ownContent('V/v nhiệm kỳ mới')))).toBe('Số 01-CV/ĐU');

    const entries = await exported(office);
    expect(entries.map((e) => `${e.nhiem_ky} ${e.ky_hieu} ${e.nguon} ${e.trang_thai}`)).toEqual([
      '2020-2025 01-BC/ĐU c.yaml đã ban hành',
      '2020-2025 01-CV/ĐU a.yaml đã ban hành',
      '2020-2025 02-CV/ĐU b.yaml đã ban hành',
      '2020-2025 03-CV/ĐU d.yaml đã ban hành',
      '2025-2030 01-CV/ĐU e.yaml đã ban hành',
    ]);
  });

  it('enters the trích yếu, date, signer, recipients, output file and its sha256', async () => {
    const office = makeOffice();
    await buildNumber(office.write('a.yaml', ownContent('V/v tổng kết năm')));
    const [entry] = await exported(office);
    const sha = createHash('sha256').update(readFileSync(join(office.dir, 'a.docx'))).digest('hex');
    expect(entry).toMatchObject({
      so: '01',
      ma_loai: 'CV',
      loai_van_ban: 'cong-van',
      ngay: '2024-03-05',
      trich_yeu: 'V/v tổng kết năm',
      nguoi_ky: 'Lê Văn Minh, BÍ THƯ',
      noi_nhan: ['Như trên,', 'Lưu Văn phòng.'],
      tep: 'a.docx',
      sha256: sha,
    });
    expect(Date.parse(entry!.vao_so_luc)).not.toBeNaN();
  });

  it('keeps the number when the same document is built again', async () => {
    const office = makeOffice();
    const a = office.write('a.yaml', ownContent('V/v một'));
    await buildNumber(a);
    await buildNumber(office.write('b.yaml', ownContent('V/v hai')));
    office.write('a.yaml', ownContent('V/v một', { noi_dung: { mo_dau: 'Thực hiện chỉ đạo của cấp trên (sửa lỗi chính tả).' } }));
    expect(await buildNumber(a)).toBe('Số 01-CV/ĐU');
    const entries = await exported(office);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ so: '01', trich_yeu: 'V/v một' });
  });

  it('numbers a document without so when built with --assign-number, and refuses one that has a number', async () => {
    const office = makeOffice();
    const { so_ky_hieu: _none, ...withoutNumber } = ownContent('V/v một');
    expect(await buildNumber(office.write('a.yaml', withoutNumber), '--assign-number')).toBe('Số 01-CV/ĐU');
    const fixed = office.write('b.yaml', ownContent('V/v hai', { so_ky_hieu: { so: '12' } }));
    const result = await runCli(['build', fixed, '--assign-number']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Văn bản đã có số "12"');
  });

  it('never hands out a cancelled number again', async () => {
    const office = makeOffice();
    await buildNumber(office.write('a.yaml', ownContent('V/v một')));
    const b = office.write('b.yaml', ownContent('V/v hai'));
    await buildNumber(b);
    const cancel = await runCli(['register', 'cancel', '02', '--reason', 'Rút lại để sửa', '--config', office.config]);
    expect(cancel).toMatchObject({ code: 0, stderr: 'Đã hủy số 02-CV/ĐU.\n' });
    expect(await buildNumber(office.write('c.yaml', ownContent('V/v ba')))).toBe('Số 03-CV/ĐU');
    expect(await buildNumber(b)).toBe('Số 04-CV/ĐU'); // a withdrawn document issued again is a new number
    const entries = await exported(office);
    expect(entries.find((e) => e.so === '02')).toMatchObject({ trang_thai: 'đã hủy', ly_do: 'Rút lại để sửa' });
    const again = await runCli(['register', 'cancel', '02-CV', '--reason', 'x', '--config', office.config]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã bị hủy trước đó (Rút lại để sửa)');
  });

  it('keeps the number reserved for the input when the file cannot be written; the next build finishes it', async () => {
    const office = makeOffice();
    const a = office.write('a.yaml', ownContent('V/v một'));
    const failed = await runCli(['build', a, '-o', join(office.dir, 'khong-co/a.docx')]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('Không ghi được tệp kết quả');
    expect(failed.stderr).toContain('cảnh báo: Số 01-CV/ĐU vẫn được giữ cho văn bản này trong sổ');
    const check = await runCli(['register', 'check', '--config', office.config]);
    expect(check.code).toBe(1);
    expect(check.stdout.toString()).toContain('Số 01-CV/ĐU đã cấp cho a.yaml nhưng tệp chưa ghi xong. [register-pending]');

    expect(await buildNumber(office.write('b.yaml', ownContent('V/v hai')))).toBe('Số 02-CV/ĐU');
    expect(await buildNumber(a)).toBe('Số 01-CV/ĐU');
    expect((await runCli(['register', 'check', '--config', office.config])).code).toBe(0);
  });

  it('needs a config with the term', async () => {
    const office = makeOffice();
    const { nhiem_ky: _term, ...withoutTerm } = officeConfig();
    writeFileSync(office.config, toYaml(withoutTerm));
    const result = await runCli(['build', office.write('a.yaml', ownContent('V/v một'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('congvan.config.yaml:1:1: lỗi: Cấp số tự động cần nhiệm kỳ');
  });

  it('is refused by the library without a register', async () => {
    const yaml = toYaml({ ...ownContent('V/v một'), ...officeConfig(), nhiem_ky: undefined });
    await expect(buildDocx(yaml, { file: 'a.yaml' })).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ code: 'number-auto' })] });
  });
});
