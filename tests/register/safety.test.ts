// The register cannot silently restart or forget (issue 11): it is created only on purpose; an
// empty, missing, truncated or foreign file is refused and left as it is, pointing to `register
// restore`; an issued entry never changes and its number is never reused for other content;
// every change is in the entry's history; `register check` compares the issued files with
// their sha256; backups are made before imports and once a day, and `register restore` puts
// one back; a numbering that fails after the DOCX is written leaves no numbered DOCX.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeOffice, officeConfig, ownContent, type Office } from '../helpers/office';

const registerFile = (office: Office) => join(office.dir, 'so-van-ban-di.sqlite');
const backups = (office: Office) => join(office.dir, 'so-van-ban-di.sao-luu');
const pad = (n: number) => String(n).padStart(2, '0');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

async function register(office: Office, ...args: string[]) {
  const result = await runCli(['register', ...args, '--config', office.config]);
  return { ...result, out: result.stdout.toString('utf8') };
}

async function build(office: Office, name: string, subject: string, extra: Record<string, unknown> = {}) {
  return runCli(['build', office.write(name, ownContent(subject, extra))]);
}

async function exported(office: Office): Promise<Record<string, any>[]> {
  return JSON.parse((await register(office, 'export', '--json')).out);
}

/** An office whose register holds 01-CV (a.yaml) and 02-CV (b.yaml). */
async function officeWithTwo(): Promise<Office> {
  const office = makeOffice();
  expect((await build(office, 'a.yaml', 'V/v một')).code).toBe(0);
  expect((await build(office, 'b.yaml', 'V/v hai')).code).toBe(0);
  return office;
}

describe('register safety', { timeout: 120_000 }, () => {
  it('is created by register init, once; a second init touches nothing', async () => {
    const office = makeOffice(officeConfig(), { register: false });
    const created = await register(office, 'init');
    expect(created).toMatchObject({ code: 0, stderr: `Đã tạo sổ văn bản đi ${registerFile(office)}\n` });
    expect((await build(office, 'a.yaml', 'V/v một')).stderr).toContain('(số 01-CV/ĐU)');
    const before = readFileSync(registerFile(office));
    const again = await register(office, 'init');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Đã có tệp sổ văn bản đi ở đây; không tạo lại, không ghi đè. [register-exists]');
    expect(readFileSync(registerFile(office))).toEqual(before);

  });

  it('refuses a 0-byte register, leaves it at 0 bytes and writes no DOCX', async () => {
    const office = await officeWithTwo();
    writeFileSync(registerFile(office), '');
    const result = await build(office, 'c.yaml', 'V/v ba');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Tệp sổ văn bản đi rỗng (0 byte); không dùng và không sửa tệp này, để không cấp lại số từ 01. [register-empty]');
    expect(result.stderr).toContain('gợi ý: Khôi phục từ bản sao: congvan register restore <bản sao>');
    expect(statSync(registerFile(office)).size).toBe(0);
    expect(existsSync(join(office.dir, 'c.docx'))).toBe(false);
    const check = await register(office, 'check');
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('[register-empty]');
    expect(statSync(registerFile(office)).size).toBe(0);
  });

  it('does not re-create a deleted register', async () => {
    const office = await officeWithTwo();
    rmSync(registerFile(office));
    const result = await build(office, 'c.yaml', 'V/v ba');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không có sổ văn bản đi ở đây. [register-missing]');
    expect(result.stderr).toContain('congvan register restore <bản sao>');
    expect(existsSync(registerFile(office))).toBe(false);
    expect(existsSync(join(office.dir, 'c.docx'))).toBe(false);
  });

  it('refuses a truncated register and a file that is not one, leaving them untouched', async () => {
    const office = await officeWithTwo();
    const size = statSync(registerFile(office)).size;
    truncateSync(registerFile(office), size - 4096);
    const truncated = await build(office, 'c.yaml', 'V/v ba');
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toContain('[register-truncated]');
    expect(statSync(registerFile(office)).size).toBe(size - 4096);

    const docx = readFileSync(join(office.dir, 'a.docx'));
    writeFileSync(registerFile(office), docx);
    const foreign = await register(office, 'list');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('[register-corrupt]');
    expect(foreign.stderr).toContain('congvan register restore');
    expect(readFileSync(registerFile(office))).toEqual(docx);
  });

  it('refuses to give an issued number to changed content, writes nothing, and keeps the entry', async () => {
    const office = await officeWithTwo();
    const docx = readFileSync(join(office.dir, 'a.docx'));
    const before = await exported(office);
    const changes: [Record<string, unknown>, string][] = [
      [{ trich_yeu: 'V/v một việc khác' }, 'trich_yeu'],
      [{ ngay: '2024-04-01' }, 'ngay'],
      [{ noi_nhan: ['Ban Tổ chức,', 'Lưu.'] }, 'noi_nhan'],
      [{ loai: 'thong-bao', so_ky_hieu: { so: 'auto', loai: 'CV' }, noi_dung: undefined, kinh_gui: undefined, ten_loai: undefined, trich_yeu: 'về việc một', than: undefined }, 'loai_van_ban'],
    ];
    for (const [change, field] of changes.slice(0, 3)) {
      const result = await runCli(['build', office.write('a.yaml', { ...ownContent('V/v một'), ...change })]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`a.yaml: lỗi: Số 01-CV/ĐU đã ban hành cho tệp này (ngày 2024-03-05) nhưng nội dung trong sổ nay khác: ${field}.`);
      expect(result.stderr).toContain('congvan register cancel 01-CV/ĐU --reason');
      expect(readFileSync(join(office.dir, 'a.docx'))).toEqual(docx);
      expect(await exported(office)).toEqual(before);
    }
    // A different type code is another series: the issued 01-CV is still not given up.
    const report = await runCli(['build', office.write('a.yaml', ownContent('V/v một', { so_ky_hieu: { so: 'auto', loai: 'BC' } }))]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('khác: loai, ky_hieu.');
    expect(changes).toHaveLength(4);

    // The way out the hint names: cancel the issued number, and the new content gets a new one.
    expect((await register(office, 'cancel', '01', '--reason', 'Thay bằng văn bản khác')).code).toBe(0);
    const rebuilt = await build(office, 'a.yaml', 'V/v một việc khác');
    expect(rebuilt.stderr).toContain('(số 03-CV/ĐU)');
    const entries = await exported(office);
    expect(entries.map((e) => `${e.ky_hieu} ${e.trich_yeu} ${e.trang_thai}`)).toEqual([
      '01-CV/ĐU V/v một đã hủy',
      '02-CV/ĐU V/v hai đã ban hành',
      '03-CV/ĐU V/v một việc khác đã ban hành',
    ]);
  });

  it('keeps every change of an entry in a history that register show prints', async () => {
    const office = makeOffice();
    const failed = await runCli(['build', office.write('a.yaml', ownContent('V/v một')), '-o', join(office.dir, 'khong-co/a.docx')]);
    expect(failed.code).toBe(2);
    office.write('a.yaml', ownContent('V/v một (sửa trước khi ban hành)'));
    expect((await runCli(['build', join(office.dir, 'a.yaml')])).code).toBe(0);
    office.write('a.yaml', ownContent('V/v một (sửa trước khi ban hành)', { noi_dung: { mo_dau: 'Nội dung sửa lỗi chính tả.' } }));
    expect((await runCli(['build', join(office.dir, 'a.yaml')])).code).toBe(0);
    expect((await register(office, 'cancel', '01', '--reason', 'Rút lại')).code).toBe(0);

    const shown = await register(office, 'show', '01');
    expect(shown.code).toBe(0);
    const history = shown.out.slice(shown.out.indexOf('lich_su:')).trim().split('\n');
    expect(history).toHaveLength(6);
    expect(history[1]).toMatch(/^ {2}- \d{4}-\d\d-\d\dT[\d:.]+Z cấp số$/);
    expect(history[2]).toContain('sửa (chưa ban hành) (subject: "V/v một" → "V/v một (sửa trước khi ban hành)")');
    expect(history[3]).toMatch(/ ban hành \(output: null → "a\.docx"; sha256: null → "[0-9a-f]{64}"\)$/);
    expect(history[4]).toMatch(/ dựng lại \(sha256: "[0-9a-f]{64}" → "[0-9a-f]{64}"\)$/);
    expect(history[5]).toContain('hủy (status: "issued" → "cancelled"; reason: null → "Rút lại")');
    const json = JSON.parse((await register(office, 'show', '01', '--json')).out);
    expect(json.lich_su.map((h: { event: string }) => h.event)).toEqual(['reserved', 'updated', 'issued', 'reissued', 'cancelled']);
  });

  it('refuses at the database too to change an issued entry or delete one', async () => {
    const office = await officeWithTwo();
    const db = new Database(registerFile(office));
    try {
      expect(() => db.prepare("UPDATE entries SET subject = 'khác' WHERE number = 1").run()).toThrow('an issued entry cannot change');
      expect(() => db.prepare('DELETE FROM entries WHERE number = 2').run()).toThrow('entries are never deleted');
    } finally {
      db.close();
    }
  });

  it('register check reports issued files that changed or are missing', async () => {
    const office = await officeWithTwo();
    expect((await register(office, 'check')).code).toBe(0);
    const a = join(office.dir, 'a.docx');
    writeFileSync(a, Buffer.concat([readFileSync(a), Buffer.from('x')]));
    rmSync(join(office.dir, 'b.docx'));
    const check = await register(office, 'check');
    expect(check.code).toBe(1);
    expect(check.out).toContain('cảnh báo: Tệp a.docx của số 01-CV/ĐU đã bị sửa sau khi ban hành (sha256 khác với trong sổ). [register-file-changed]');
    expect(check.out).toContain('cảnh báo: Không thấy tệp b.docx của số 02-CV/ĐU. [register-file-missing]');
  });

  it('backs up before every import and once a day, and restores a backup, keeping the replaced file', async () => {
    const office = makeOffice();
    expect((await build(office, 'a.yaml', 'V/v một')).code).toBe(0);
    expect(existsSync(backups(office))).toBe(false); // nothing to keep before the first number
    expect((await build(office, 'b.yaml', 'V/v hai')).code).toBe(0);
    const daily = join(backups(office), `so-van-ban-di.${today()}.sqlite`);
    const entriesIn = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT ky_hieu FROM entries ORDER BY id').pluck().all();
      } finally {
        db.close();
      }
    };
    expect(entriesIn(daily)).toEqual(['01-CV/ĐU']);
    expect((await build(office, 'c.yaml', 'V/v ba')).code).toBe(0);
    expect(entriesIn(daily)).toEqual(['01-CV/ĐU']); // once a day: the day's first copy is kept

    const csv = office.write('so-cu.csv', 'ma_loai,so,ngay,trich_yeu\nBC,1,2023-01-02,Báo cáo cũ\n');
    expect((await register(office, 'import', '--csv', csv)).code).toBe(0);
    const beforeImport = readdirSync(backups(office)).filter((n) => n.endsWith('.truoc-khi-nhap.sqlite'));
    expect(beforeImport).toHaveLength(1);
    expect(entriesIn(join(backups(office), beforeImport[0]!))).toEqual(['01-CV/ĐU', '02-CV/ĐU', '03-CV/ĐU']);

    // The register is emptied by accident; a bad backup is refused and changes nothing.
    writeFileSync(registerFile(office), '');
    const empty = office.write('rong.sqlite', '');
    const refused = await register(office, 'restore', empty);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('rong.sqlite: lỗi: Tệp sổ văn bản đi rỗng');
    expect(statSync(registerFile(office)).size).toBe(0);

    const restored = await register(office, 'restore', daily);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(/^Đã khôi phục sổ từ .*so-van-ban-di\.\d{4}-\d\d-\d\d\.sqlite \(1 số\)\. Tệp cũ được giữ ở .*truoc-khi-khoi-phuc\.sqlite\.\n$/);
    const aside = readdirSync(backups(office)).find((n) => n.endsWith('.truoc-khi-khoi-phuc.sqlite'))!;
    expect(statSync(join(backups(office), aside)).size).toBe(0);
    expect((await exported(office)).map((e) => e.ky_hieu)).toEqual(['01-CV/ĐU']);
    expect((await build(office, 'd.yaml', 'V/v bốn')).stderr).toContain('(số 02-CV/ĐU)');
  });

  it('leaves no numbered DOCX when the register fails after the file is written', async () => {
    const office = makeOffice();
    // The register's disk fills up just as the number is confirmed.
    const db = new Database(registerFile(office));
    db.exec("CREATE TRIGGER full BEFORE UPDATE OF status ON entries WHEN NEW.status = 'issued' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    db.close();
    const result = await build(office, 'a.yaml', 'V/v một');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('so-van-ban-di.sqlite: lỗi: Không ghi được vào sổ văn bản đi: database or disk is full [register-write]');
    expect(result.stderr).toContain('cảnh báo: Đã xóa');
    expect(readdirSync(office.dir).filter((n) => n.includes('docx'))).toEqual([]);
  });

  it('backup into a missing folder names the path and the reason (exit 2), never an internal error', async () => {
    const office = await officeWithTwo();
    const target = join(office.dir, 'khong-co', 'sao.sqlite');
    const r = await register(office, 'backup', target);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${target}: lỗi: Không ghi được tệp kết quả`);
    expect(r.stderr).toContain('[output-os-error]');
    expect(r.stderr).not.toContain('nội bộ');
    expect(existsSync(target)).toBe(false);
  });
});
