// Structure beyond the công văn (party-format.md §3.5–§3.15): căn cứ, headings, Phần/Chương/
// Điều, body tables, signature forms, marks, dự thảo, phụ lục, bản sao, profiles.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/index';
import { runCli } from '../helpers/cli';
import { buildExample, examplePath, inspect, root, type Built } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';
import { all, first, kids, paragraphText, paraProps, runProps, type El } from '../helpers/ooxml';

const runs = (p: El) => kids(p, 'w:r').map(runProps).filter((r) => !Number.isNaN(r.size));
const cellTexts = (table: El) => all(table, 'w:tc').map((c) => kids(c, 'w:p').map(paragraphText).filter(Boolean));

describe('quyết định', () => {
  let doc: Built;
  beforeAll(async () => {
    doc = await buildExample('quyet-dinh.yaml');
  });

  it('prints căn cứ lines "- …;" with the last one ending in ",", then the enacting sentence', () => {
    const basis = doc.paragraphsWithText(/^- (Căn cứ|Xét)/).map(paragraphText);
    expect(basis).toEqual([
      '- Căn cứ Điều lệ Đảng;',
      '- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 - 2025;',
      '- Xét đề nghị của Ban Tổ chức Tỉnh ủy,',
    ]);
    const enacting = doc.paragraphsWithText('BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:')[0]!;
    expect(doc.blocks.indexOf(enacting)).toBe(doc.blocks.indexOf(doc.paragraphsWithText('- Xét đề nghị')[0]!) + 1);
  });

  it('sets "Điều …" lines in bold with the body indent, kept with the next paragraph', () => {
    const article = doc.paragraphsWithText('Điều 1. Thành lập Ban Chỉ đạo')[0]!;
    expect(runs(article).every((r) => r.bold && r.size === 28)).toBe(true);
    expect(paraProps(article)).toMatchObject({ firstLine: 567, keepNext: true, align: 'both' });
  });

  it('draws body tables with single lines, a repeated header row, and the author\'s relative widths', () => {
    const table = doc.blocks.find((b) => b.name === 'w:tbl' && cellTexts(b)[0]?.[0] === 'TT')!;
    const borders = first(table, 'w:tblBorders')!.children;
    expect(borders.map((b) => b.attrs['w:val'])).toEqual(Array(6).fill('single'));
    const rows = kids(table, 'w:tr');
    expect(first(rows[0]!, 'w:tblHeader')).toBeDefined();
    expect(first(rows[1]!, 'w:tblHeader')).toBeUndefined();
    const grid = kids(first(table, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9354);
    expect(grid.map((w) => Math.round((w / 9354) * 14))).toEqual([1, 4, 6, 3]); // do_rong: [1, 4, 6, 3]
    expect(runs(kids(all(rows[0]!, 'w:tc')[1]!, 'w:p')[0]!)[0]).toMatchObject({ bold: true });
    expect(cellTexts(table)[5]).toEqual(['Nguyễn Văn An']);
  });
});

describe('quy định', () => {
  it('uses the type code QĐi and prints Chương labels and names centred, bold, names in caps', async () => {
    const doc = await buildExample('quy-dinh.yaml');
    expect(doc.paragraphsWithText('Số 03-QĐi/ĐU')).toHaveLength(1);
    const label = doc.paragraphsWithText(/^Chương I$/)[0]!;
    const name = doc.blocks[doc.blocks.indexOf(label) + 1]!;
    expect(paragraphText(name)).toBe('QUY ĐỊNH CHUNG');
    for (const p of [label, name]) {
      expect(paraProps(p).align).toBe('center');
      expect(runs(p).every((r) => r.bold)).toBe(true);
    }
  });
});

describe('signature forms', () => {
  it('biên bản: two signers side by side, names level', async () => {
    const doc = await buildExample('bien-ban.yaml');
    const table = doc.blocks.at(-1)!;
    const cells = all(table, 'w:tc').map((c) => kids(c, 'w:p').map(paragraphText));
    expect(cells).toEqual([
      ['NGƯỜI GHI BIÊN BẢN', '', 'Lê Thị Mai'],
      ['CHỦ TRÌ HỘI NGHỊ', 'BÍ THƯ CHI BỘ', 'Nguyễn Văn Tâm'],
    ]);
  });

  it('direct signature by a head: one title line and the name', async () => {
    const doc = await buildExample('de-an.yaml');
    expect(cellTexts(doc.blocks.at(-1)!)[1]).toEqual(['TRƯỞNG BAN', 'Vũ Xuân Cường']);
  });

  it('K/T for the deputy head of an advisory body, T/L for the office', async () => {
    expect(cellTexts((await buildExample('huong-dan.yaml')).blocks.at(-1)!)[1]).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn Hùng']);
    expect(cellTexts((await buildExample('thong-bao.yaml')).blocks.at(-1)!)[1]).toEqual(['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', 'Vũ Văn Diện']);
  });

  it('a document without nơi nhận leaves the left cell empty', async () => {
    const doc = await buildExample('giay-gioi-thieu.yaml');
    expect(cellTexts(doc.blocks.at(-1)!)).toEqual([[], ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Lê Thị Ngọc']]);
  });

  it('central bodies sign with no chức vụ line', async () => {
    const input = minimalInput();
    input.ky = { quyen_han: 'T/M BAN BÍ THƯ', ho_ten: 'Trần Cẩm Tú' };
    const doc = inspect(await buildDocx(toYaml(input)));
    expect(cellTexts(doc.blocks.at(-1)!)[1]).toEqual(['T/M BAN BÍ THƯ', 'Trần Cẩm Tú']);
  });
});

describe('optional components', () => {
  it('puts secrecy and urgency marks in the left column under the number, caps and bold', async () => {
    const input = minimalInput();
    Object.assign(input, { mat: 'TỐI MẬT', khan: 'THƯỢNG KHẨN', pham_vi_luu_hanh: 'LƯU HÀNH NỘI BỘ' });
    const doc = inspect(await buildDocx(toYaml(input)));
    // the left column, over the header's two rows
    const left = kids(doc.blocks[0]!, 'w:tr').flatMap((r) => kids(kids(r, 'w:tc')[0]!, 'w:p')).map(paragraphText);
    expect(left.slice(left.indexOf('Số 05-CV/ĐU'))).toEqual(['Số 05-CV/ĐU', 'V/v triển khai nhiệm vụ', 'TỐI MẬT', 'THƯỢNG KHẨN', 'LƯU HÀNH NỘI BỘ']);
    for (const mark of ['TỐI MẬT', 'THƯỢNG KHẨN']) expect(runs(doc.paragraphsWithText(mark)[0]!).every((r) => r.bold)).toBe(true);
  });

  it('marks a draft at the top right, above the header', async () => {
    const doc = await buildExample('de-an.yaml');
    expect(paragraphText(doc.blocks[0]!)).toBe('Dự thảo lần 2');
    expect(paraProps(doc.blocks[0]!).align).toBe('right');
    expect(doc.blocks[1]!.name).toBe('w:tbl');
  });

  it('numbers appendices when there are several: Phụ lục 1, Phụ lục 2', async () => {
    const input = minimalInput();
    input.phu_luc = [
      { tieu_de: 'DANH SÁCH A', noi_dung: ['Một.'] },
      { tieu_de: 'DANH SÁCH B', kem_theo: '(Kèm theo Công văn số 05-CV/ĐU)', noi_dung: ['Hai.'] },
    ];
    const doc = inspect(await buildDocx(toYaml(input)));
    expect(doc.paragraphsWithText(/^Phụ lục/).map(paragraphText)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(doc.paragraphsWithText(/^\(Kèm theo/).map(paragraphText)).toEqual([
      '(Kèm theo Công văn số 05-CV/ĐU, ngày 05/01/2024)',
      '(Kèm theo Công văn số 05-CV/ĐU)',
    ]);
  });

  it('adds a bản sao block under a full-width rule with "Số 24-BS/UBKTTU", the copy form and its signer', async () => {
    const doc = await buildExample('ban-sao.yaml');
    const rule = doc.blocks.find((b) => b.name === 'w:p' && paraProps(b).bottomBorder && paragraphText(b) === '')!;
    expect(paraProps(rule)).toMatchObject({ left: 0, right: 0 });
    const after = doc.blocks.slice(doc.blocks.indexOf(rule) + 1);
    expect(cellTexts(after[0]!)).toEqual([
      ['TỈNH ỦY THỪA THIÊN HUẾ', 'ỦY BAN KIỂM TRA', '*', 'Số 24-BS/UBKTTU'],
      ['SAO Y BẢN CHÍNH', 'Thừa Thiên Huế, ngày 25 tháng 5 năm 2022'],
    ]);
    expect(cellTexts(after[1]!)[1]).toEqual(['T/M ỦY BAN KIỂM TRA', 'PHÓ CHỦ NHIỆM', 'Nguyễn Văn Quý']);
  });

  it('takes congress bodies as the issuing body under the congress line', async () => {
    const doc = await buildExample('dai-hoi.yaml');
    expect(cellTexts(doc.blocks[0]!)[0]!.slice(0, 3)).toEqual(['ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ QUẢNG PHÚ LẦN THỨ XXVI', 'ĐOÀN CHỦ TỊCH', '*']);
  });
});

describe('profiles', () => {
  it('take every number from the profile file: a copy with other sizes changes the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-profile-'));
    const profile = join(dir, 'thu-nghiem.yaml');
    const text = readFileSync(join(root, 'profiles/hd36-2018.yaml'), 'utf8')
      .replace('name: hd36-2018', 'name: thu-nghiem')
      .replace(/( {2}doc-title:[^\n]*\n(?: {4}[^\n]*\n)*? {4}size_pt:) 16/, '$1 15')
      .replace('margin_mm: { top: 20,', 'margin_mm: { top: 25,');
    writeFileSync(profile, text);
    const yaml = readFileSync(examplePath('chi-thi.yaml'), 'utf8');
    const doc = inspect(await buildDocx(yaml, { profile }));
    expect(first(doc.body, 'w:pgMar')!.attrs['w:top']).toBe('1417'); // 25 mm
    const title = doc.paragraphsWithText(/^CHỈ THỊ$/)[0]!;
    expect(runs(title)[0]!.size).toBe(30);
  });

  it('refuse a profile whose tables do not fit its text area, as bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-profile-'));
    const profile = join(dir, 'hep.yaml');
    writeFileSync(profile, readFileSync(join(root, 'profiles/hd36-2018.yaml'), 'utf8').replace('left: 30, right: 15', 'left: 35, right: 15'));
    const result = await runCli(['build', examplePath('chi-thi.yaml'), '-o', '-', '--profile', profile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Hồ sơ thể thức không hợp lệ: table "header" (80 + 85 mm) is wider than the text area (160 mm)');
  });
});
