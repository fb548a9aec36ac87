// The layout step breaks centred fields that would wrap at balanced points, keeping dates,
// names and numbers with their units whole; what fits, and what the author broke, is kept.
import { describe, expect, it } from 'vitest';
import { layoutModel } from '../../../src/core/layout/layout-model';
import { measurerFor } from '../../../src/core/layout/measure';
import type { Block, DocumentModel, Paragraph } from '../../../src/core/model/document';
import { loadProfile, parseInput, renderModel } from '../../../src/index';
import { minimalInput, toYaml } from '../../helpers/minimal';

const profile = loadProfile();

function laidOut(change: (d: Record<string, any>) => void): DocumentModel {
  const data = minimalInput();
  change(data);
  return layoutModel(renderModel(parseInput(toYaml(data))), profile);
}

const paragraphs = (blocks: readonly Block[]): Paragraph[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.blocks))) : []));

/**
 * The lines of the first paragraph of a style, as Word and LibreOffice will print them: a broken
 * field joins the words of each line with no-break spaces, so it can break only at its ordinary
 * spaces (or explicit breaks); a field that fits is one line.
 */
const lines = (model: DocumentModel, style: string): string[] => {
  const text = paragraphs(model.blocks).find((p) => p.style === style)!.runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('');
  return text.split(text.includes('\u00a0') ? /[ \n]/ : '\n').map((l) => l.replace(/\u00a0/g, ' '));
};

describe('layout of the centred fields', () => {
  it('breaks the place-date line only after the place, never inside the date', () => {
    const model = laidOut((d) => {
      d.dia_danh = 'Thành phố Hồ Chí Minh';
      d.ngay = '2023-12-28';
    });
    expect(lines(model, 'place-date')).toEqual(['Thành phố Hồ Chí Minh,', 'ngày 28 tháng 12 năm 2023']);
  });

  it('leaves a place-date line that fits alone', () => {
    expect(lines(laidOut((d) => (d.ngay = '2023-12-28')), 'place-date')).toEqual(['Quảng Phú, ngày 28 tháng 12 năm 2023']);
  });

  it('keeps a province and an organisation name on one line', () => {
    const model = laidOut((d) => {
      d.co_quan.cap_tren = 'Đảng bộ Thành phố Hồ Chí Minh';
      d.co_quan.ten = 'Đảng ủy Sở Giáo dục và Đào tạo';
    });
    expect(lines(model, 'superior-body')).toEqual(['Đảng bộ', 'Thành phố Hồ Chí Minh']);
    expect(lines(model, 'issuing-body')).toEqual(['Đảng ủy Sở', 'Giáo dục và Đào tạo']);
  });

  it('matches names whatever their case and tone-mark placement, with a hyphen inside', () => {
    const model = laidOut((d) => (d.co_quan.cap_tren = 'ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU'));
    expect(lines(model, 'superior-body')).toEqual(['ĐẢNG BỘ TỈNH', 'BÀ RỊA - VŨNG TÀU']);
  });

  it('keeps a number with its unit and label, and leaves no word alone on the last line', () => {
    const model = laidOut((d) => (d.trich_yeu = 'V/v tổ chức sơ kết công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị 6 tháng đầu năm 2024'));
    const subject = lines(model, 'cv-subject');
    expect(subject.length).toBeGreaterThan(1);
    expect(subject.join(' ')).toBe('V/v tổ chức sơ kết công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị 6 tháng đầu năm 2024');
    for (const line of subject.slice(0, -1)) {
      expect(line, 'a number at the end of a line, its unit on the next').not.toMatch(/\d$/);
      expect(line, 'a label at the end of a line, its number on the next').not.toMatch(/\b(năm|tháng|ngày)$/);
      expect(line.trim()).not.toBe('');
    }
    expect(subject.at(-1)!.split(' ').length).toBeGreaterThan(1);
  });

  it('breaks a long title subject into balanced lines that each fit the text width', () => {
    const text = 'về lãnh đạo thực hiện chính sách an sinh xã hội, giảm nghèo bền vững và chăm sóc người có công với cách mạng trên địa bàn tỉnh giai đoạn 2025 - 2030';
    const model = laidOut((d) => {
      d.loai = 'nghi-quyet';
      d.trich_yeu = text;
      delete d.kinh_gui;
      d.noi_dung = ['Nội dung.'];
    });
    const subject = lines(model, 'doc-subject');
    expect(subject).toHaveLength(3);
    const measure = measurerFor('Times New Roman')!;
    const widths = subject.map((l) => measure(l, 'bold', 14));
    const textWidthPt = (165 * 72) / 25.4;
    for (const w of widths) expect(w).toBeLessThan(textWidthPt);
    // balanced: no line much shorter than the others (greedy filling would leave a short last line)
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.8);
    expect(subject.at(-1)).toContain('2025 - 2030');
  });

  it('keeps the lines the author wrote as a list', () => {
    const model = laidOut((d) => {
      d.co_quan.ten = ['ĐẢNG ỦY KHỐI CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH'];
      d.trich_yeu = ['V/v đẩy mạnh tuyên truyền về công tác', 'xây dựng Đảng và hệ thống chính trị'];
    });
    const bodies = paragraphs(model.blocks).filter((p) => p.style === 'issuing-body').map((p) => p.runs.map((r) => r.text).join(''));
    expect(bodies).toEqual(['ĐẢNG ỦY KHỐI CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH']);
    expect(lines(model, 'cv-subject')).toEqual(['V/v đẩy mạnh tuyên truyền về công tác', 'xây dựng Đảng và hệ thống chính trị']);
  });

  it('does nothing for a font it has no metrics for', () => {
    const data = minimalInput();
    data.dia_danh = 'Thành phố Hồ Chí Minh';
    const model = renderModel(parseInput(toYaml(data)));
    const other = { ...profile, font: { ...profile.font, family: 'Arial' } };
    expect(layoutModel(model, other)).toBe(model);
  });
});
