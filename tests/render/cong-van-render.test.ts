// A real render: LibreOffice → PDF → pdftotext. The reference dispatch came out on 2 pages,
// page 1 ending inside point 3; page numbers start on page 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../src/pdf/libreoffice';
import { buildExample } from '../helpers/example';
import { pageCount, pageText, wordBoxes } from '../helpers/pdf';

let pdf: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-render-'));
  const docx = join(dir, 'cong-van.docx');
  writeFileSync(docx, (await buildExample('cong-van.yaml')).bytes);
  [pdf] = await convertToPdf([docx], dir);
}, 240_000);

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('LibreOffice render of examples/cong-van.yaml', () => {
  it('comes out on 2 pages, like the original', () => {
    expect(pageCount(pdf)).toBe(2);
  });

  it('ends page 1 inside point 3 and starts page 2 with the rest of it', () => {
    const one = squash(pageText(pdf, 1));
    const two = squash(pageText(pdf, 2));
    expect(one).toContain('3. Tuyên truyền những kết quả');
    expect(one).not.toContain('4. Tiếp tục tuyên truyền');
    expect(two).toContain('phản bác các quan điểm sai trái');
  });

  it('shows the header, subject, kính gửi and signature as text', () => {
    const one = squash(pageText(pdf, 1));
    for (const s of ['ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 1023-CV/ĐUK', 'Thanh Hoá, ngày 19 tháng 7 năm 2023', 'Kính gửi: Các đảng uỷ, chi bộ cơ sở trực thuộc.']) {
      expect(one).toContain(s);
    }
    const two = squash(pageText(pdf, 2));
    for (const s of ['Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Đỗ Hồng Quang', '- Lưu TG, VP.']) expect(two).toContain(s);
  });

  it('numbers page 2 at the top and leaves page 1 unnumbered', () => {
    const firstLine = (page: number) => pageText(pdf, page).split('\n').find((l) => l.trim())!.trim();
    expect(firstLine(2)).toBe('2');
    expect(firstLine(1)).not.toMatch(/^\d+$/);
  });

  it('sets "Số 1023-CV/ĐUK" and the place-date line on one baseline (party-format §6)', () => {
    const words = wordBoxes(pdf, 1);
    const number = words.find((w) => w.word === 'Số')!;
    const place = words.find((w) => w.word === 'Thanh')!;
    expect(place.xMin).toBeGreaterThan(number.xMax); // side by side
    expect(Math.abs(place.yMax - number.yMax)).toBeLessThan(0.5);
  });
});
