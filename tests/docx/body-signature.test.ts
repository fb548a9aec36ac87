// Kính gửi, body, signature and nơi nhận (party-format.md §3.7–§3.10, §6).
import { beforeAll, describe, expect, it } from 'vitest';
import { all, first, kids, paragraphText, paraProps, runProps, type El } from '../helpers/ooxml';
import { buildExample, buildYaml, type Built } from '../helpers/example';
import { readFileSync } from 'node:fs';
import { examplePath } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';

let doc: Built;
let bodyParagraphs: El[];
beforeAll(async () => {
  doc = await buildExample('cong-van.yaml');
  bodyParagraphs = doc.blocks.filter((b) => b.name === 'w:p');
});

const runs = (p: El) => kids(p, 'w:r').map(runProps);

describe('kính gửi', () => {
  it('follows the header as one centred 14 pt line for a single recipient', () => {
    const p = doc.blocks[1]!;
    expect(paragraphText(p)).toBe('Kính gửi: Các đảng uỷ, chi bộ cơ sở trực thuộc.');
    expect(paraProps(p).align).toBe('center');
    expect(runs(p).every((r) => r.size === 28 && !r.bold && !r.italic)).toBe(true);
  });

  it('prints several recipients as aligned "- …," lines, the last ending with "."', async () => {
    const yaml = readFileSync(examplePath('cong-van.yaml'), 'utf8').replace(
      'kinh_gui: Các đảng uỷ, chi bộ cơ sở trực thuộc.',
      'kinh_gui:\n  - Ban Thường vụ Tỉnh ủy\n  - Ban Tuyên giáo Tỉnh ủy',
    );
    const built = await buildYaml(yaml);
    const [a, b] = built.paragraphsWithText(/Ban (Thường vụ|Tuyên giáo) Tỉnh ủy/);
    expect(paragraphText(a!)).toBe('Kính gửi:\t- Ban Thường vụ Tỉnh ủy,');
    expect(paragraphText(b!)).toBe('- Ban Tuyên giáo Tỉnh ủy.');
    // The second line starts where the first line's recipient starts (after the tab).
    expect(paraProps(b!).left).toBe(paraProps(a!).left);
    expect(paraProps(a!).hanging).toBeGreaterThan(0);
  });
});

describe('body', () => {
  it('is 14 pt, justified, first line 1 cm, exactly 18 pt apart with 6 pt before', () => {
    const body = bodyParagraphs.filter((p) => paraProps(p).align === 'both');
    expect(body.length).toBe(7); // opening, five points, closing
    for (const p of body) {
      expect(paraProps(p)).toMatchObject({ firstLine: 567, line: 360, lineRule: 'exact', before: 120, after: 0 });
      expect(runs(p).every((r) => r.size === 28)).toBe(true);
    }
  });

  it('keeps the author\'s point markers 1. to 5.', () => {
    const markers = bodyParagraphs.map(paragraphText).filter((t) => /^\d\. /.test(t)).map((t) => t.slice(0, 2));
    expect(markers).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('sets *…* in italic and leaves the surrounding quotes upright', () => {
    const opening = doc.paragraphsWithText('Thực hiện Hướng dẫn số 72-HD/BTGTU')[0]!;
    const italic = kids(opening, 'w:r').filter((r) => runProps(r).italic).map(paragraphText);
    expect(italic).toEqual(['Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị']);
    expect(paragraphText(opening)).toContain('về “Đẩy mạnh');
  });

  it('sets **…** in bold', async () => {
    const input = minimalInput();
    input.noi_dung.mo_dau = '**Khẩn trương** triển khai.';
    const p = (await buildYaml(toYaml(input))).paragraphsWithText('Khẩn trương')[0]!;
    expect(kids(p, 'w:r').map((r) => [paragraphText(r), runProps(r).bold])).toEqual([
      ['Khẩn trương', true],
      [' triển khai.', false],
    ]);
  });

  it('keeps the last body paragraph on the page of the signature block', () => {
    const last = doc.blocks.at(-2)!;
    expect(paragraphText(last)).toMatch(/^Hướng dẫn số 72-HD\/BTGTU/);
    expect(paraProps(last).keepNext).toBe(true);
  });
});

describe('signature table', () => {
  let table: El;
  let left: El[];
  let right: El[];
  beforeAll(() => {
    table = doc.blocks.at(-1)!;
    const cells = all(table, 'w:tc');
    left = kids(cells[0]!, 'w:p');
    right = kids(cells[1]!, 'w:p');
  });

  it('is borderless, with explicit widths, and its row never splits across pages', () => {
    expect(table.name).toBe('w:tbl');
    expect(first(table, 'w:cantSplit')).toBeDefined();
    expect(first(table, 'w:tblBorders')!.children.every((b) => b.attrs['w:val'] === 'none')).toBe(true);
    expect(kids(first(table, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(c.attrs['w:w']))).toEqual([4535, 4819]);
  });

  it('has "Nơi nhận:" underlined in 14 pt and the list in 12 pt', () => {
    expect(paragraphText(left[0]!)).toBe('Nơi nhận:');
    expect(runs(left[0]!)).toEqual([expect.objectContaining({ size: 28, underline: 'single', bold: false, italic: false })]);
    expect(left.slice(1).map(paragraphText)).toEqual([
      '- Ban Tuyên giáo TU (b/c),',
      '- Các ban, đoàn thể trực thuộc,',
      '- Như kính gửi,',
      '- Lưu TG, VP.',
    ]);
    for (const p of left.slice(1)) expect(runs(p)).toEqual([expect.objectContaining({ size: 24, underline: null })]);
  });

  it('has quyền hạn (caps, bold), chức vụ (caps, regular), room to sign, họ tên (bold), all centred', () => {
    expect(right.map(paragraphText)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Đỗ Hồng Quang']);
    expect(runs(right[0]!)).toEqual([expect.objectContaining({ size: 28, bold: true })]);
    expect(runs(right[1]!)).toEqual([expect.objectContaining({ size: 28, bold: false })]);
    expect(runs(right[2]!)).toEqual([expect.objectContaining({ size: 28, bold: true })]);
    expect(right.every((p) => paraProps(p).align === 'center')).toBe(true);
    expect(paraProps(right[2]!).before).toBeGreaterThanOrEqual(1400); // ≥ 70 pt ≈ 25 mm for signature and seal
  });
});

describe('page numbers', () => {
  it('puts a centred 14 pt PAGE field in the default header and nothing in the first-page header', () => {
    const rels = doc.files.get('word/_rels/document.xml.rels')!;
    const sectPr = first(doc.body, 'w:sectPr')!;
    const target = (type: string) => {
      const id = kids(sectPr, 'w:headerReference').find((r) => r.attrs['w:type'] === type)!.attrs['r:id'];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    };
    const numbered = doc.part(`word/${target('default')}`);
    const firstPage = doc.part(`word/${target('first')}`);
    expect(all(numbered, 'w:instrText').map((i) => i.text.trim())).toEqual(['PAGE']);
    const p = first(numbered, 'w:p')!;
    expect(paraProps(p).align).toBe('center');
    expect(all(p, 'w:r').map(runProps).every((r) => r.size === 28)).toBe(true);
    expect(all(firstPage, 'w:instrText')).toHaveLength(0);
    expect(all(firstPage, 'w:t').map((t) => t.text).join('')).toBe('');
  });
});
