// --data with the files offices have: an Excel workbook (made by LibreOffice), the CSV Excel
// saves on Vietnamese Windows (Windows-1258, ";"), empty cells, and YAML/CSV in any Unicode
// form. The merged documents' text must be the sheet's values, read from the DOCX XML.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { documentYaml, docxText, listDir, mergeExample, tempDir, writeFiles } from '../helpers/batch';

const fixture = (name: string) => join(__dirname, '../fixtures/data', name);
const cp1258 = (text: string): Buffer => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1258'], { input: text });

// The three rows of tests/fixtures/data, as typed (independent of any reader).
const ROWS = [
  { so: '1101', don_vi: 'Chi bộ Văn phòng', kinh_gui: 'Chi bộ Văn phòng; Đảng ủy Khối', han_nop: '20/6/2024', nguoi: 'Lê Thị Hoa' },
  { so: '1102', don_vi: 'Đảng ủy Công ty Điện lực', kinh_gui: 'Đảng ủy Công ty Điện lực Thanh Hóa', han_nop: '20/6/2024', nguoi: 'Nguyễn Văn "Bình"' },
  { so: '1103', don_vi: 'Chi bộ Sở Tư pháp', kinh_gui: 'Chi bộ Sở Tư pháp', han_nop: '21/6/2024', nguoi: 'Phạm Thị Ngọc Ánh' },
];

/** Exit 0 and no error (a batch prints the check's warnings, which are not about the data). */
function expectBuilt(result: { code: number; stderr: string }) {
  expect(result.stderr).not.toMatch(/\blỗi\b|\berror\b/);
  expect(result.code).toBe(0);
}

function expectMerged(out: string, rows: typeof ROWS) {
  expect(listDir(out)).toEqual(rows.map((r) => `${r.so}.docx`));
  for (const row of rows) {
    const text = docxText(join(out, `${row.so}.docx`));
    expect(text).toContain(`Số ${row.so}-CV/ĐUK`);
    expect(text).toContain(`Kính gửi: ${row.kinh_gui}`);
    expect(text).toContain(`Ban Thường vụ Đảng ủy Khối đề nghị ${row.don_vi} thực hiện`);
    expect(text).toContain(`trước ngày ${row.han_nop}.`);
    expect(text).toContain(`Cử đồng chí ${row.nguoi} làm đầu mối phối hợp.`);
    expect(text).not.toContain('\uFFFD');
  }
}

describe('Excel workbook (.xlsx)', () => {
  it('merges the first sheet of a LibreOffice workbook: numbers, dates and text as the sheet shows them', async () => {
    const out = join(tempDir(), 'out');
    const result = await runCli(['build', mergeExample, '--data', fixture('chi-bo.xlsx'), '-o', out, '--name', '{{so}}', '-q']);
    expectBuilt(result);
    expectMerged(out, ROWS.map((r) => ({ ...r, kinh_gui: r.kinh_gui.replace(';', ',') })));
    // the date cell 2024-06-03 → ngay "03/06/2024"
    expect(docxText(join(out, '1101.docx'))).toContain('ngày 03 tháng 6 năm 2024');
  });

  it('takes --sheet by name or number, and names the sheets when one is missing', async () => {
    const out = join(tempDir(), 'out');
    expect((await runCli(['build', mergeExample, '--data', fixture('chi-bo.xlsx'), '--sheet', 'chi-bo', '-o', out, '-q'])).code).toBe(0);
    const missing = await runCli(['build', mergeExample, '--data', fixture('chi-bo.xlsx'), '--sheet', '2', '-o', join(tempDir(), 'o')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Bảng tính không có trang "2".');
    expect(missing.stderr).toContain('Các trang có: 1. chi-bo.');
  });

  it('refuses a workbook that would unpack to more than the cap, before inflating it', async () => {
    const dir = tempDir();
    const workbook = readFileSync(fixture('chi-bo.xlsx'));
    const parts = unzipSync(workbook);
    // the real workbook, plus 65 MiB of zeros in one part (a few KB packed)
    writeFileSync(join(dir, 'to.xlsx'), zipSync({ ...parts, 'xl/media/padding.bin': new Uint8Array(65 * 1024 * 1024) }, { level: 9 }));
    const result = await runCli(['build', mergeExample, '--data', join(dir, 'to.xlsx'), '-o', join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Bảng tính giải nén ra hơn 64 MB');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a file that is not a workbook with a message, not a stack trace', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'hong.xlsx': 'not a zip' });
    const result = await runCli(['build', mergeExample, '--data', join(dir, 'hong.xlsx'), '-o', join(dir, 'out'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot read the .xlsx workbook');
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('the CSV Excel saves on Vietnamese Windows (Windows-1258, ";")', () => {
  it('is refused without --encoding: positioned, names Windows-1258 and the fix, writes nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['build', mergeExample, '--data', fixture('chi-bo-windows-1258.csv'), '-o', join(dir, 'out')]);
    expect(result.code).toBe(2);
    // line 2, column 11: the "ộ" of "Chi bộ" (ô and a combining dot: the first bytes that are not UTF-8)
    expect(result.stderr).toContain('chi-bo-windows-1258.csv:2:11: lỗi: Tệp không phải UTF-8');
    expect(result.stderr).toContain('có vẻ là Windows-1258');
    expect(result.stderr).toContain('--encoding windows-1258');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('merges with --encoding windows-1258: ";" detected, tones joined (NFC), quoted ";" kept', async () => {
    const out = join(tempDir(), 'out');
    const result = await runCli(['build', mergeExample, '--data', fixture('chi-bo-windows-1258.csv'), '--encoding', 'windows-1258', '-o', out, '--name', '{{so}}', '-q']);
    expectBuilt(result);
    expectMerged(out, ROWS);
    expect(docxText(join(out, '1103.docx'))).not.toMatch(/[\u0300-\u036f]/); // no combining tone left over
  });

  it('with a wrong --delimiter, says which row has how many cells and how to fix it (English too)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rows.csv'), cp1258('so;don_vi\n1;Chi bộ A\n2;Chi bộ B, C\n'));
    const result = await runCli(['build', mergeExample, '--data', join(dir, 'rows.csv'), '--encoding', 'cp1258', '--delimiter', ',', '-o', join(dir, 'o'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rows\.csv:3:1: error: This row has 2 cells, but the header row has 1 columns \(delimiter: ","\)\./);
    expect(result.stderr).toContain('--delimiter ";"');
    expect(result.stderr).not.toContain('Invalid Record Length');
  });

  it('reads tab-separated and UTF-16 CSV (Excel\'s "Unicode Text") without options', async () => {
    const dir = tempDir();
    const tsv = 'so\tdon_vi\tkinh_gui\tngay\than_nop\tnguoi_lien_he\n1101\tChi bộ Văn phòng\tChi bộ Văn phòng; Đảng ủy Khối\t2024-06-03\t20/6/2024\tLê Thị Hoa\n';
    writeFileSync(join(dir, 'rows.csv'), iconv.encode(tsv, 'utf-16le', { addBOM: true }));
    const result = await runCli(['build', mergeExample, '--data', join(dir, 'rows.csv'), '-o', join(dir, 'out'), '--name', '{{so}}', '-q']);
    expectBuilt(result);
    expectMerged(join(dir, 'out'), [ROWS[0]!]);
  });

  it('refuses an unknown --encoding or --delimiter before reading anything', async () => {
    const a = await runCli(['build', mergeExample, '--data', fixture('chi-bo-windows-1258.csv'), '--encoding', 'vni-win', '-o', join(tempDir(), 'o')]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Không biết bảng mã "vni-win"');
    const b = await runCli(['build', mergeExample, '--data', fixture('chi-bo-windows-1258.csv'), '--delimiter', 'x', '-o', join(tempDir(), 'o')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('Dấu phân cách "x" không dùng được');
    const dir = tempDir();
    writeFiles(dir, { 'a.yaml': documentYaml() }); // UTF-8: the name is checked all the same
    for (const command of [['build', join(dir, 'a.yaml')], ['check', join(dir, 'a.yaml')]]) {
      const r = await runCli([...command, '--encoding', 'windows1258x']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Không biết bảng mã "windows1258x"');
    }
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
  });
});

describe('cells and headers', () => {
  const yaml = documentYaml((i) => {
    i.so_ky_hieu.so = '{{so}}';
    i.noi_dung = { cac_diem: ['1. Cử đồng chí {{nguoi}} làm đầu mối.', '3. Ghi chú: {{ghi_chu}}'] };
  }).replace(/'\{\{so\}\}'/, '"{{so}}"');

  it('an empty cell used by a placeholder fails that row (the others are built); --allow-empty allows it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'thu.yaml': yaml, 'rows.csv': 'so,nguoi,ghi_chu\n1,Lê Văn A,x\n2,,y\n3,Trần B,z\n' });
    const out = join(dir, 'out');
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', out, '--name', '{{so}}']);
    expect(result.code).toBe(1);
    expect(listDir(out)).toEqual(['1.docx', '3.docx']);
    expect(result.stderr).toContain('rows.csv:3: hàng 2 (dòng 3) không dựng được:');
    expect(result.stderr).toContain('Ô "nguoi" của hàng này trống');
    expect(result.stderr).toContain('--allow-empty');

    const allowed = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'all'), '--name', '{{so}}', '--allow-empty', '-q']);
    expect(allowed.code).toBe(0);
    expect(docxText(join(dir, 'all/2.docx'))).toContain('Cử đồng chí  làm đầu mối.');
  });

  it('a quoted value with ": " and a placeholder builds; headers are trimmed and NFC', async () => {
    const dir = tempDir();
    const header = ` so ; ${'nguoi'} ;${' ghi_chu'.normalize('NFD')}\n`;
    writeFiles(dir, { 'thu.yaml': yaml, 'rows.csv': `${header}7;Lê Văn A;Nộp trước ngày 20/6\n` });
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'out'), '--name', '{{so}}', '-q']);
    expectBuilt(result);
    expect(docxText(join(dir, 'out/7.docx'))).toContain('3. Ghi chú: Nộp trước ngày 20/6');
  });

  it('--delimiter, --sheet, --allow-empty need --data', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.yaml': documentYaml() });
    const result = await runCli(['build', join(dir, 'a.yaml'), '--sheet', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sheet chỉ dùng cùng --data.');
  });
});

describe('YAML inputs in other encodings', () => {
  it('builds a UTF-16 YAML (Notepad "Unicode") like its UTF-8 self', async () => {
    const dir = tempDir();
    const text = documentYaml();
    writeFileSync(join(dir, 'a.yaml'), text);
    writeFileSync(join(dir, 'b.yaml'), iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect((await runCli(['build', join(dir, 'a.yaml'), '-q'])).code).toBe(0);
    expect((await runCli(['build', join(dir, 'b.yaml'), '-q'])).code).toBe(0);
    expect(readFileSync(join(dir, 'b.docx')).equals(readFileSync(join(dir, 'a.docx')))).toBe(true);
  });

  it('refuses a Windows-1258 YAML in build and check (exit 2, no file), and builds it with --encoding', async () => {
    const dir = tempDir();
    const text = documentYaml();
    writeFileSync(join(dir, 'a.yaml'), text);
    writeFileSync(join(dir, 'w.yaml'), cp1258(text));
    const refused = await runCli(['build', join(dir, 'w.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/w\.yaml:\d+:\d+: lỗi: Tệp .* có vẻ là Windows-1258/);
    expect(existsSync(join(dir, 'w.docx'))).toBe(false);
    const checked = await runCli(['check', join(dir, 'w.yaml')]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain('có vẻ là Windows-1258');
    expect((await runCli(['check', join(dir, 'w.yaml'), '--encoding', 'windows-1258'])).code).toBe(0);
    expect((await runCli(['build', join(dir, 'w.yaml'), '--encoding', 'windows-1258', '-q'])).code).toBe(0);
    expect((await runCli(['build', join(dir, 'a.yaml'), '-q'])).code).toBe(0);
    expect(readFileSync(join(dir, 'w.docx')).equals(readFileSync(join(dir, 'a.docx')))).toBe(true);
  });

  it('reads congvan.config.yaml with the same --encoding (a folder saved by one Windows editor)', async () => {
    const dir = tempDir();
    const doc = documentYaml().replace(/^co_quan:\n(  .*\n)+/m, '');
    expect(doc).not.toContain('co_quan');
    writeFileSync(join(dir, 'congvan.config.yaml'), cp1258('co_quan:\n  ten: ĐẢNG ỦY XÃ QUẢNG PHÚ\n  ky_hieu: ĐU\n'));
    writeFileSync(join(dir, 'w.yaml'), cp1258(doc));
    const refused = await runCli(['build', join(dir, 'w.yaml')]);
    expect(refused.code).toBe(2);
    expect((await runCli(['build', join(dir, 'w.yaml'), '--encoding', 'windows-1258', '-q'])).code).toBe(0);
    expect(docxText(join(dir, 'w.docx'))).toContain('ĐẢNG ỦY XÃ QUẢNG PHÚ');
  });

  it('decodes stdin too', async () => {
    const result = await runCli(['build', '-', '-o', '-'], { stdin: iconv.encode(documentYaml(), 'utf-16be', { addBOM: true }) });
    expect(result.code).toBe(0);
  });
});

describe('the installed CLI (dist, run from its V8 code cache)', () => {
  it('loads the workbook reader and the decoder, which stay outside the bundle', () => {
    const bin = join(__dirname, '../../bin/congvan.js');
    const out = join(tempDir(), 'out');
    for (const args of [['--data', fixture('chi-bo.xlsx')], ['--data', fixture('chi-bo-windows-1258.csv'), '--encoding', 'windows-1258']]) {
      const r = spawnSync(process.execPath, [bin, 'build', mergeExample, ...args, '-o', out, '--name', '{{so}}', '-q'], { encoding: 'utf8' });
      expectBuilt({ code: r.status ?? -1, stderr: r.stderr });
      expectMerged(out, args[1]!.endsWith('.xlsx') ? ROWS.map((row) => ({ ...row, kinh_gui: row.kinh_gui.replace(';', ',') })) : ROWS);
    }
  });
});
