// Layouts real offices print (issue 13 item 1), each with its example: "Kính gửi:" alone on
// its line with the addressees under it, a qualifier on the type-name line, a centred block in
// the body, months padded by a profile that says so, and a compound signer title.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkYaml } from '../../src/check-document';
import { buildDocx } from '../../src/index';
import { buildExample, examplePath, inspect, root, type Built } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';
import { all, kids, paragraphText, paraProps, runProps, type El } from '../helpers/ooxml';

const runs = (p: El) => kids(p, 'w:r').map(runProps).filter((r) => !Number.isNaN(r.size));
const mm = (twips: number) => Math.round((twips * 25.4) / 1440);

describe('"Kính gửi:" alone on its line (kinh_gui_xuong_dong)', () => {
  let doc: Built;
  beforeAll(async () => {
    doc = await buildExample('cong-van-kinh-gui.yaml');
  });

  it('prints the label alone, then one "- …," addressee per line, the last ending with "."', () => {
    const label = doc.paragraphsWithText(/^Kính gửi/)[0]!;
    expect(paragraphText(label)).toBe('Kính gửi:');
    const at = doc.blocks.indexOf(label);
    expect(doc.blocks.slice(at + 1, at + 4).map(paragraphText)).toEqual([
      '- Các đảng ủy cơ sở,',
      '- Các chi bộ cơ sở trực thuộc,',
      '- Các ban, cơ quan tham mưu, giúp việc Đảng ủy Khối.',
    ]);
    // The label and its lines start at the same indent, left-aligned, 14 pt, no tab.
    const lines = [label, ...doc.blocks.slice(at + 1, at + 4)];
    for (const p of lines) {
      expect(paraProps(p).align).toBe('left');
      expect(mm(paraProps(p).left)).toBe(55);
      expect(paraProps(p).hanging).toBe(0);
      expect(all(p, 'w:tab')).toHaveLength(0);
      expect(runs(p).every((r) => r.size === 28 && !r.bold && !r.italic)).toBe(true);
    }
  });

  it('prints one addressee under the label as typed', async () => {
    const d = minimalInput();
    d.kinh_gui = 'Các tổ chức đảng, đơn vị, đoàn thể thuộc và trực thuộc';
    d.kinh_gui_xuong_dong = true;
    const built = inspect(await buildDocx(toYaml(d), { file: 'x.yaml' }));
    const label = built.paragraphsWithText(/^Kính gửi/)[0]!;
    expect(paragraphText(label)).toBe('Kính gửi:');
    expect(paragraphText(built.blocks[built.blocks.indexOf(label) + 1]!)).toBe('Các tổ chức đảng, đơn vị, đoàn thể thuộc và trực thuộc');
  });

  it('keeps today\'s inline form by default', async () => {
    const d = minimalInput();
    d.kinh_gui = ['Các chi bộ trực thuộc', 'Các đồng chí đảng ủy viên'];
    const built = inspect(await buildDocx(toYaml(d), { file: 'x.yaml' }));
    expect(paragraphText(built.paragraphsWithText(/^Kính gửi/)[0]!)).toBe('Kính gửi:\t- Các chi bộ trực thuộc,');
  });
});

describe('a qualifier on the type-name line (ten_loai_kem)', () => {
  it('prints "QUY ĐỊNH (BỔ SUNG)" as one centred, bold, 16 pt title line', async () => {
    const doc = await buildExample('quy-dinh-bo-sung.yaml');
    const [title, ...others] = doc.paragraphsWithText('QUY ĐỊNH');
    expect(others.filter((p) => paraProps(p).align === 'center')).toEqual([]);
    expect(paragraphText(title!)).toBe('QUY ĐỊNH (BỔ SUNG)');
    expect(paraProps(title!).align).toBe('center');
    expect(runs(title!).every((r) => r.bold && r.size === 32)).toBe(true);
  });

  it('is still read as a quy định by the checker, signed by a PHÓ BÍ THƯ THƯỜNG TRỰC without a warning', () => {
    const text = readFileSync(examplePath('quy-dinh-bo-sung.yaml'), 'utf8');
    expect(checkYaml(text, { file: 'x.yaml', today: '2030-01-01' }).findings).toEqual([]);
  });
});

describe('a centred block inside the body (can_giua)', () => {
  it('prints the quoted sample heading centred, one printed line per line, between body paragraphs', async () => {
    const doc = await buildExample('huong-dan-mau.yaml');
    const block = doc.paragraphsWithText('ĐẢNG BỘ XÃ QUẢNG PHÚ')[0]!;
    expect(paragraphText(block)).toBe('ĐẢNG BỘ XÃ QUẢNG PHÚ\nCHI BỘ THÔN 3\n*');
    expect(all(block, 'w:br')).toHaveLength(2);
    expect(paraProps(block).align).toBe('center');
    expect(paraProps(block).firstLine).toBe(0);
    expect(runs(block).every((r) => r.size === 28 && !r.bold)).toBe(true);
    const at = doc.blocks.indexOf(block);
    expect(paraProps(doc.blocks[at - 1]!).align).toBe('both');
    expect(paragraphText(doc.blocks[at + 1]!)).toBe('II- TỔ CHỨC THỰC HIỆN');
  });
});

describe('months padded by a profile option (date.pad_month_until)', () => {
  const dateOf = async (profile?: string) => {
    const d = minimalInput();
    d.ngay = '2023-08-02';
    const built = inspect(await buildDocx(toYaml(d), { file: 'x.yaml', ...(profile && { profile }) }));
    return paragraphText(built.paragraphsWithText(/ngày \d+ tháng/)[0]!);
  };

  it('writes "tháng 8" by default and "tháng 08" with a profile that pads every month; check agrees', async () => {
    expect(await dateOf()).toBe('Quảng Phú, ngày 02 tháng 8 năm 2023');
    const dir = mkdtempSync(join(tmpdir(), 'congvan-profile-'));
    const profile = join(dir, 'ho-so-cu.yaml');
    const base = readFileSync(join(root, 'profiles/hd36-2018.yaml'), 'utf8');
    expect(base).toMatch(/^ {2}pad_month_until: 2$/m);
    writeFileSync(profile, base.replace(/^ {2}pad_month_until: 2$/m, '  pad_month_until: 12'));
    expect(await dateOf(profile)).toBe('Quảng Phú, ngày 02 tháng 08 năm 2023');
    const d = minimalInput();
    d.ngay = '02/08/2023';
    const yaml = toYaml(d);
    expect(checkYaml(yaml, { file: 'x.yaml', today: '2030-01-01', profile }).findings.filter((f) => f.ruleId === 'date-padding')).toEqual([]);
    expect(checkYaml(yaml, { file: 'x.yaml', today: '2030-01-01' }).findings.map((f) => f.ruleId)).toContain('date-padding');
  });
});
