// congvan register: list with filters, show, export (CSV with BOM, JSON) and its round trip
// through import, import of an older register, check for gaps and duplicates, backup, and
// refusal of a damaged, foreign or newer file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Register } from '../../src/register/register';
import { runCli } from '../helpers/cli';
import { makeOffice, officeConfig, ownContent, type Office } from '../helpers/office';

const registerFile = (office: Office) => join(office.dir, 'so-van-ban-di.sqlite');

async function cli(office: Office, ...args: string[]) {
  const result = await runCli(['register', ...args, '--config', office.config]);
  return { ...result, out: result.stdout.toString('utf8') };
}

/** An office with three documents: two công văn and one báo cáo, on different dates. */
async function officeWithDocuments(): Promise<Office> {
  const office = makeOffice();
  const docs = [
    ownContent('V/v tổ chức Đại hội chi bộ', { ngay: '2024-01-10' }),
    ownContent('V/v kiểm tra đảng viên', { ngay: '2024-02-20' }),
    ownContent('Báo cáo tổng kết', { ngay: '2024-03-30', so_ky_hieu: { so: 'auto', loai: 'BC' } }),
  ];
  for (const [i, doc] of docs.entries()) expect((await runCli(['build', office.write(`vb${i + 1}.yaml`, doc)])).code).toBe(0);
  return office;
}

describe('congvan register', { timeout: 120_000 }, () => {
  it('lists entries, filtered by type, date range and text', async () => {
    const office = await officeWithDocuments();
    const numbers = async (...filter: string[]) => (await cli(office, 'list', ...filter)).out.trim().split('\n').map((l) => l.split('\t')[0]);
    expect(await numbers()).toEqual(['01-BC/ĐU', '01-CV/ĐU', '02-CV/ĐU']);
    expect(await numbers('--type', 'CV')).toEqual(['01-CV/ĐU', '02-CV/ĐU']);
    expect(await numbers('--from', '2024-02-01', '--to', '31/3/2024')).toEqual(['01-BC/ĐU', '02-CV/ĐU']);
    expect(await numbers('--text', 'đại hội')).toEqual(['01-CV/ĐU']);
    const bad = await cli(office, 'list', '--from', '2024-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ngày "2024-02-30" không tồn tại.');
  });

  it('shows one entry by number or ký hiệu, and says when it is ambiguous or absent', async () => {
    const office = await officeWithDocuments();
    const shown = await cli(office, 'show', '02-CV/ĐU');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('trich_yeu: V/v kiểm tra đảng viên\n');
    expect(shown.out).toContain('noi_nhan:\n  - Như trên,\n  - Lưu Văn phòng.\n');
    const ambiguous = await cli(office, 'show', '1');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('01-BC/ĐU (2020-2025), 01-CV/ĐU (2020-2025)');
    expect((await cli(office, 'show', '1', '--type', 'BC', '--json')).out).toContain('"trich_yeu": "Báo cáo tổng kết"');
    const absent = await cli(office, 'show', '09');
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('Không có số "09" trong sổ văn bản đi.');
  });

  it('exports CSV that Excel reads as UTF-8 (BOM, CRLF), which imports back to the same register', async () => {
    const office = await officeWithDocuments();
    expect((await cli(office, 'cancel', '02-CV', '--reason', 'Sai "trích yếu", ban hành lại')).code).toBe(0);
    const csvFile = join(office.dir, 'so.csv');
    expect((await cli(office, 'export', '--csv', '-o', csvFile)).code).toBe(0);
    const bytes = readFileSync(csvFile);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).toContain('"Sai ""trích yếu"", ban hành lại"');
    expect(text).toContain('"Như trên,\nLưu Văn phòng."');

    const fresh = makeOffice();
    const imported = await cli(fresh, 'import', '--csv', csvFile);
    expect(imported).toMatchObject({ code: 0, stderr: 'Đã nhập 3 văn bản vào sổ.\n' });
    expect((await cli(fresh, 'export', '--csv')).out).toBe(text);
    expect(JSON.parse((await cli(fresh, 'export', '--json')).out)).toEqual(JSON.parse((await cli(office, 'export', '--json')).out));
  });

  it('imports an older register; check reports its gaps and duplicates; numbering continues after it', async () => {
    const office = makeOffice();
    const csv = join(office.dir, 'so-cu.csv');
    writeFileSync(csv, ['so,ky_hieu,ngay,trich_yeu', '01,01-CV/ĐU,5/1/2021,V/v một', '2,02-CV/ĐU,2021-02-01,V/v hai', '04,04-CV/ĐU,2021-03-01,V/v bốn', '04,04-CV/ĐU,2021-03-02,"V/v bốn, ghi trùng"'].join('\n'));
    expect((await cli(office, 'import', '--csv', csv)).code).toBe(0);
    const check = await cli(office, 'check');
    expect(check.code).toBe(1);
    expect(check.out).toContain('Thiếu số 03 (loại CV, nhiệm kỳ 2020-2025). [register-gap]');
    expect(check.out).toContain('Số 04 (loại CV, nhiệm kỳ 2020-2025) được vào sổ 2 lần. [register-duplicate]');
    const built = await runCli(['build', office.write('moi.yaml', ownContent('V/v mới'))]);
    expect(built.stderr).toContain('(số 05-CV/ĐU)');

    const again = await cli(office, 'import', '--csv', csv);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Số 01-CV/ĐU (nhiệm kỳ 2020-2025) đã có trong sổ; không nhập gì.');
    expect(JSON.parse((await cli(office, 'export', '--json')).out)).toHaveLength(5);
  });

  it('refuses a CSV with a bad row, naming its line, and imports nothing', async () => {
    const office = makeOffice();
    const csv = join(office.dir, 'so-cu.csv');
    writeFileSync(csv, 'ma_loai,so,ngay,trich_yeu\nCV,1,2021-01-05,V/v một\nCV,2,30/2/2021,V/v hai\n');
    const result = await cli(office, 'import', '--csv', csv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('so-cu.csv:3:1: lỗi: Dòng 3: cột "ngay" có giá trị "30/2/2021" không hợp lệ.');
    expect(JSON.parse((await cli(office, 'export', '--json')).out)).toEqual([]); // nothing was imported
  });

  it('writes a consistent backup through the SQLite backup API', async () => {
    const office = await officeWithDocuments();
    const target = join(office.dir, 'ban-sao.sqlite');
    const result = await cli(office, 'backup', target);
    expect(result).toMatchObject({ code: 0, stderr: `Đã sao lưu sổ vào ${target}\n` });
    const original = Register.open(registerFile(office), { create: false });
    const copy = Register.open(target, { create: false });
    try {
      expect(copy.integrity()).toEqual(['ok']);
      expect(copy.entries()).toEqual(original.entries());
    } finally {
      original.close();
      copy.close();
    }
  });

  it('refuses a damaged file and leaves it untouched', async () => {
    const office = makeOffice();
    const garbage = Buffer.from('SQLite format 3\u0000'.padEnd(4096, 'x'));
    writeFileSync(registerFile(office), garbage);
    const result = await cli(office, 'list');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('lỗi: Tệp sổ văn bản đi bị hỏng hoặc không phải cơ sở dữ liệu SQLite');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(registerFile(office))).toEqual(garbage);
    const build = await runCli(['build', office.write('a.yaml', ownContent('V/v một'))]);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('[register-corrupt]');
  });

  it('refuses a register from a newer congvan, and an SQLite file that is not a register', async () => {
    const office = await officeWithDocuments();
    const db = new Database(registerFile(office));
    db.pragma('user_version = 99');
    db.close();
    const newer = await cli(office, 'list');
    expect(newer.code).toBe(2);
    expect(newer.stderr).toContain('do phiên bản congvan mới hơn tạo (phiên bản dữ liệu 99');

    const other = makeOffice(officeConfig(), { register: false });
    const foreign = new Database(registerFile(other));
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    const result = await runCli(['build', other.write('a.yaml', ownContent('V/v một'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('không phải sổ văn bản đi của congvan');
  });

  it('says where to start when there is no register or no config', async () => {
    const office = makeOffice(officeConfig(), { register: false });
    const missing = await cli(office, 'list');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không có sổ văn bản đi ở đây.');
    expect(missing.stderr).toContain('Lần đầu dùng: congvan register init. Nếu sổ bị mất: congvan register restore <bản sao>');
    const noConfig = await runCli(['register', 'list', '--config', join(office.dir, 'khong-co.yaml')]);
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toContain('Không đọc được tệp: ENOENT');
  });
});
