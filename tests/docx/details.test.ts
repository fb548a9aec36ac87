// Details a clerk would otherwise fix by hand (issue 12 item 2; party-format.md §3.8, §3.10, §6):
// an article's label and title bold and its text regular, nơi nhận lines hanging after "- ",
// room around body tables with numeric columns centred, the number and the date level.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExample, buildYaml, examplePath, type Built } from '../helpers/example';
import { all, kids, paragraphText, paraProps, runProps, type El } from '../helpers/ooxml';

const runs = (p: El) => kids(p, 'w:r').map((r) => [paragraphText(r), runProps(r).bold]);
const quyetDinh = readFileSync(examplePath('quyet-dinh.yaml'), 'utf8');

describe('articles (Điều)', () => {
  it('"Điều 1. <title>": label and title bold, kept with the next paragraph', async () => {
    const doc = await buildExample('quyet-dinh.yaml');
    const p = doc.paragraphsWithText('Điều 1. Thành lập Ban Chỉ đạo')[0]!;
    expect(runs(p)).toEqual([['Điều 1. Thành lập Ban Chỉ đạo', true]]);
    expect(paraProps(p).keepNext).toBe(true);
  });

  it('"Điều 3. <text ending in a full stop>": only the label bold, the text regular', async () => {
    const yaml = quyetDinh.replace('  - dieu: Điều 3. Hiệu lực thi hành\n', '  - dieu: Điều 3. Quyết định có hiệu lực từ ngày ký.\n');
    expect(yaml).not.toBe(quyetDinh);
    const p = (await buildYaml(yaml)).paragraphsWithText('Điều 3.')[0]!;
    expect(runs(p)).toEqual([
      ['Điều 3.', true],
      [' Quyết định có hiệu lực từ ngày ký.', false],
    ]);
  });

  it('a title given as `ten`: "Điều 2" + "Nhiệm vụ" reads "Điều 2. Nhiệm vụ", all bold', async () => {
    const yaml = quyetDinh.replace('  - dieu: Điều 2. Nhiệm vụ của Ban Chỉ đạo\n', '  - dieu: Điều 2\n    ten: Nhiệm vụ của Ban Chỉ đạo\n');
    expect(yaml).not.toBe(quyetDinh);
    const p = (await buildYaml(yaml)).paragraphsWithText('Điều 2')[0]!;
    expect(runs(p)).toEqual([['Điều 2. Nhiệm vụ của Ban Chỉ đạo', true]]);
  });

  it('a title and the text on one line: label and title bold, the text regular', async () => {
    const yaml = quyetDinh.replace('  - dieu: Điều 3. Hiệu lực thi hành\n', '  - dieu: "Điều 3. Quyết định có hiệu lực từ ngày ký."\n    ten: Hiệu lực thi hành\n');
    const p = (await buildYaml(yaml)).paragraphsWithText('Điều 3.')[0]!;
    expect(runs(p)).toEqual([
      ['Điều 3. Hiệu lực thi hành', true],
      [' Quyết định có hiệu lực từ ngày ký.', false],
    ]);
  });
});

describe('nơi nhận', () => {
  it('hangs wrapped lines after "- ": a hanging indent as wide as the left indent, ≈ 2.5 mm', async () => {
    const doc = await buildExample('cong-van.yaml');
    const lines = doc.paragraphsWithText(/^- (Ban Tuyên giáo|Các ban|Như kính gửi|Lưu)/);
    expect(lines).toHaveLength(4);
    for (const p of lines) {
      const { left, hanging, firstLine } = paraProps(p);
      expect(hanging).toBeGreaterThan(120); // "- " at 12 pt is 7 pt = 140 twips
      expect(hanging).toBeLessThan(170);
      expect(left).toBe(hanging); // the "- " starts at the margin
      expect(firstLine).toBe(0);
    }
  });
});

describe('body tables', () => {
  let doc: Built;
  let table: El;
  beforeAll(async () => {
    doc = await buildExample('quyet-dinh.yaml');
    table = doc.blocks.find((b) => b.name === 'w:tbl' && paragraphText(all(b, 'w:tc')[0]!) === 'TT')!;
  });

  it('have 6 pt before and after them, on the paragraphs around', () => {
    const at = doc.blocks.indexOf(table);
    expect(paraProps(doc.blocks[at - 1]!).after).toBeGreaterThanOrEqual(120);
    expect(paraProps(doc.blocks[at + 1]!).before).toBeGreaterThanOrEqual(120);
  });

  it('centre a numeric column (TT) and leave text columns to the left', () => {
    const rows = kids(table, 'w:tr').slice(1);
    const align = (col: number) => rows.map((r) => paraProps(kids(kids(r, 'w:tc')[col]!, 'w:p')[0]!).align);
    expect(align(0)).toEqual(['center', 'center', 'center']);
    expect(align(1)).toEqual(['left', 'left', 'left']);
  });

  it('centre columns of counts and ratios, with empty cells allowed (báo cáo)', async () => {
    const report = await buildExample('bao-cao.yaml');
    const t = report.blocks.find((b) => b.name === 'w:tbl' && paragraphText(all(b, 'w:tc')[0]!) === 'Nội dung')!;
    const rows = kids(t, 'w:tr').slice(1);
    const align = (col: number) => rows.map((r) => paraProps(kids(kids(r, 'w:tc')[col]!, 'w:p')[0]!).align);
    expect(align(0).every((a) => a === 'left')).toBe(true);
    expect(align(1).every((a) => a === 'center')).toBe(true);
    expect(align(2).every((a) => a === 'center')).toBe(true);
  });
});

describe('header', () => {
  it('puts the number and the place-date line first in a second row, in the same size and spacing', async () => {
    const doc = await buildExample('cong-van.yaml');
    const rows = kids(doc.blocks[0]!, 'w:tr');
    expect(rows).toHaveLength(2);
    const [number, date] = kids(rows[1]!, 'w:tc').map((c) => kids(c, 'w:p')[0]!);
    expect(paragraphText(number!)).toBe('Số 1023-CV/ĐUK');
    expect(paragraphText(date!)).toBe('Thanh Hoá, ngày 19 tháng 7 năm 2023');
    const look = (p: El) => ({ ...paraProps(p), align: null, size: runProps(kids(p, 'w:r')[0]!).size });
    expect(look(date!)).toEqual(look(number!));
  });
});
