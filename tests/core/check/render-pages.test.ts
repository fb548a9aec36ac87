// The rules of printed pages on hand-made page data (no LibreOffice): what each looks at, and
// what it leaves alone.
import { describe, expect, it } from 'vitest';
import { analysePages, type PrintedLine, type PrintedPage } from '../../../src/core/check/render/analyse-pages';
import { parseBboxLayout } from '../../../src/core/check/render/parse-bbox';
import type { CheckDocument, Part } from '../../../src/core/check/types';
import { loadProfile } from '../../../src/index';

const profile = loadProfile();
const A4 = { widthPt: 595.3, heightPt: 841.9 };
/** A line of text at height y, centred on x (points). */
const line = (text: string, y: number, x = 400, width = text.length * 6): PrintedLine => ({ text, xMin: x - width / 2, xMax: x + width / 2, yMin: y, yMax: y + 16 });
const page = (...lines: PrintedLine[]): PrintedPage => ({ ...A4, lines });
const doc = (...parts: Part[]): CheckDocument => ({ kind: 'docx', parts, texts: [] });
const ids = (pages: PrintedPage[], d: CheckDocument) => analysePages(pages, d, profile).map((f) => `${f.ruleId}@${f.args.page}`);

describe('rules of the printed page', () => {
  it('finds a date broken inside itself, and not one broken after the place', () => {
    const part = { role: 'place-date', text: 'Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2023' };
    expect(ids([page(line('Thành phố Hồ Chí Minh, ngày 28 tháng', 60), line('12 năm 2023', 76))], doc(part))).toEqual(['render-date-split@1']);
    expect(ids([page(line('Thành phố Hồ Chí Minh,', 60), line('ngày 28 tháng 12 năm 2023', 76))], doc(part))).toEqual([]);
  });

  it('finds a split province name and a lone last word, whatever the tone-mark placement', () => {
    const part = { role: 'superior-body', text: 'ĐẢNG BỘ TỈNH THANH HOÁ' };
    expect(ids([page(line('ĐẢNG BỘ TỈNH THANH', 60, 200), line('HOÁ', 76, 200))], doc(part))).toEqual(['render-name-split@1', 'render-lone-word@1']);
  });

  it('finds a label separated from its number', () => {
    const part = { role: 'cv-subject', text: 'V/v sơ kết công tác xây dựng Đảng năm 2024 và phương hướng' };
    expect(ids([page(line('V/v sơ kết công tác xây dựng Đảng năm', 60, 200), line('2024 và phương hướng', 76, 200))], doc(part))).toEqual(['render-number-unit@1']);
  });

  it('reads only the lines of the field, in its column', () => {
    const part = { role: 'issuing-body', text: 'ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO' };
    // the right column's line at the same height is not part of it
    const lines = [line('ĐẢNG ỦY SỞ', 60, 200), line('GIÁO DỤC VÀ ĐÀO TẠO', 76, 200), line('TẠO', 76, 450)];
    expect(ids([page(...lines)], doc(part))).toEqual([]);
  });

  it('finds the signature block alone at the top of a page, not when text comes before it', () => {
    const parts = doc({ role: 'noi-nhan-label', text: 'Nơi nhận:' }, { role: 'signer-authority', text: 'T/M ĐẢNG ỦY' });
    const first = page(...Array.from({ length: 40 }, (_, i) => line('nội dung', 60 + i * 18)));
    const alone = page(line('2', 30), line('Nơi nhận:', 60, 120), line('T/M ĐẢNG ỦY', 60, 450));
    expect(ids([first, alone], parts)).toEqual(['render-signature-alone@2']);
    const withText = page(line('2', 30), line('nội dung cuối.', 60), line('Nơi nhận:', 90, 120), line('T/M ĐẢNG ỦY', 90, 450));
    expect(ids([first, withText], parts)).toEqual([]);
  });

  it('finds an empty last page (a page number alone is empty), and a half-blank page unless an appendix starts after it', () => {
    const full = page(...Array.from({ length: 40 }, (_, i) => line('nội dung', 60 + i * 18)));
    expect(ids([full, page(line('2', 30))], doc())).toEqual(['render-empty-page@2']);
    const short = page(line('nội dung', 60), line('nội dung', 78));
    expect(ids([short, full], doc())).toEqual(['render-half-blank@1']);
    expect(ids([short, page(line('Phụ lục', 60), ...full.lines.slice(2))], doc())).toEqual([]);
  });
});

describe('pdftotext -bbox-layout', () => {
  it('splits a line where a wide gap separates two columns, and decodes entities', () => {
    const xhtml = `<doc><page width="595.3" height="841.9"><flow><block>
      <line xMin="60" yMin="100" xMax="500" yMax="116">
        <word xMin="60" yMin="100" xMax="100" yMax="116">Nơi</word><word xMin="103" yMin="100" xMax="140" yMax="116">nhận:</word>
        <word xMin="330" yMin="100" xMax="360" yMax="116">T/M</word><word xMin="363" yMin="100" xMax="420" yMax="116">A&amp;B</word>
      </line></block></flow></page></doc>`;
    const [p] = parseBboxLayout(xhtml);
    expect(p!.heightPt).toBe(841.9);
    expect(p!.lines.map((l) => [l.text, l.xMin, l.xMax])).toEqual([['Nơi nhận:', 60, 140], ['T/M A&B', 330, 420]]);
  });
});
