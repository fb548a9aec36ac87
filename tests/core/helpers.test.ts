// Template helpers and date parsing.
import { describe, expect, it } from 'vitest';
import { parseDocumentDate } from '../../src/core/load/parse-date';
import { inlineMarkup } from '../../src/core/render/helpers/inline';
import { listLine } from '../../src/core/render/helpers/list-line';
import { ngayViet } from '../../src/core/render/helpers/ngay-viet';
import { soKyHieu } from '../../src/core/render/helpers/so-ky-hieu';

describe('ngay-viet', () => {
  it.each([
    ['2023-07-19', 'ngày 19 tháng 7 năm 2023'],
    ['2024-01-05', 'ngày 05 tháng 01 năm 2024'],
    ['2018-02-20', 'ngày 20 tháng 02 năm 2018'],
    ['2018-04-03', 'ngày 03 tháng 4 năm 2018'],
    ['2023-12-31', 'ngày 31 tháng 12 năm 2023'],
  ])('%s → %s', (iso, text) => expect(ngayViet(iso)).toBe(text));
});

describe('parseDocumentDate', () => {
  it.each([
    ['2023-07-19', '2023-07-19'],
    ['19/7/2023', '2023-07-19'],
    ['05/01/2024', '2024-01-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s', (text, iso) => expect(parseDocumentDate(text)).toEqual({ ok: true, iso }));

  it.each(['31/02/2024', '29/02/2023', '2023-13-01', '00/01/2024'])('rejects the impossible date %s', (text) =>
    expect(parseDocumentDate(text)).toEqual({ ok: false, reason: 'date-impossible' }),
  );

  it.each(['hôm nay', '19.7', '2023/07/19 10:00'])('rejects the unknown format %s', (text) =>
    expect(parseDocumentDate(text)).toEqual({ ok: false, reason: 'date-format' }),
  );
});

describe('so-ky-hieu', () => {
  it('joins number, type code and body code with a hyphen and a slash', () => {
    expect(soKyHieu({ so: '1023', loai: 'CV', co_quan: 'ĐUK', don_vi: null })).toBe('1023-CV/ĐUK');
    expect(soKyHieu({ so: '5053', loai: 'CV', co_quan: 'VPTW', don_vi: 'nb' })).toBe('5053-CV/VPTW/nb');
  });
});

describe('list-line', () => {
  it('adds "- " and the Party comma, and a full stop on the last line', () => {
    expect(listLine('Như trên', false)).toBe('- Như trên,');
    expect(listLine('Lưu Văn phòng', true)).toBe('- Lưu Văn phòng.');
  });
  it('keeps what the author already wrote', () => {
    expect(listLine('- Lưu TG, VP.', true)).toBe('- Lưu TG, VP.');
    expect(listLine('Ban Tuyên giáo TU (b/c),', false)).toBe('- Ban Tuyên giáo TU (b/c),');
  });
});

describe('inline emphasis', () => {
  it('turns *…* into <i> and **…** into <b>, escaping the rest', () => {
    expect(inlineMarkup('a *b* **c** <d>')).toBe('a <i>b</i> <b>c</b> &lt;d&gt;');
  });
  it('leaves a lone or spaced asterisk alone', () => {
    expect(inlineMarkup('5 * 3 = 15, và *')).toBe('5 * 3 &#x3D; 15, và *');
  });
  it('allows \\* for a literal asterisk', () => {
    expect(inlineMarkup('\\*không nghiêng\\*')).toBe('*không nghiêng*');
  });
});
