// examples/cong-van.yaml reproduces the real dispatch 1023-CV/ĐUK (tests/fixtures/1023-CV-DUK.txt):
// every word, every italic span (*…* in the reference), the recipients and the signature.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, kids, paragraphText, paraProps, runProps } from '../helpers/ooxml';
import { buildExample, root, type Built } from '../helpers/example';

const reference = readFileSync(join(root, 'tests/fixtures/1023-CV-DUK.txt'), 'utf8').normalize('NFC');
const lines = reference.split('\n').map((l) => l.trim());

/** Body paragraphs of the reference: between "Kính gửi" and "Nơi nhận", blank-line separated. */
function referenceParagraphs(): string[] {
  const start = lines.findIndex((l) => l.startsWith('Kính gửi:')) + 1;
  const end = lines.indexOf('Nơi nhận:');
  const paragraphs = lines.slice(start, end).join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  // The source's page break cut point 3 in two ("…đạo đức," | "phong cách…"): not a paragraph break.
  const joined: string[] = [];
  for (const p of paragraphs) {
    if (joined.length > 0 && /^[a-zà-ỹđ]/.test(p)) joined[joined.length - 1] += ` ${p}`;
    else joined.push(p);
  }
  return joined;
}

let doc: Built;
beforeAll(async () => {
  doc = await buildExample('cong-van.yaml');
});

describe('example cong-van.yaml = dispatch 1023-CV/ĐUK', () => {
  it('has every body paragraph of the reference, word for word, in order', () => {
    const expected = referenceParagraphs().map((p) => p.replace(/\*/g, ''));
    expect(expected).toHaveLength(7);
    const actual = doc.blocks.filter((b) => b.name === 'w:p' && paraProps(b).align === 'both').map(paragraphText);
    expect(actual).toEqual(expected);
  });

  it('sets exactly the reference\'s *…* spans in italic', () => {
    const expected = [...referenceParagraphs().join('\n').matchAll(/\*([^*]+)\*/g)].map((m) => m[1]);
    expect(expected.length).toBe(4);
    const body = doc.blocks.filter((b) => b.name === 'w:p' && paraProps(b).align === 'both');
    const italic = body.flatMap((p) => kids(p, 'w:r').filter((r) => runProps(r).italic).map(paragraphText));
    expect(italic).toEqual(expected);
  });

  it('has the reference\'s header lines, number, date and subject', () => {
    const text = all(doc.blocks[0]!, 'w:p').map(paragraphText);
    for (const line of ['ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG ỦY KHỐI CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH', '*', 'Số 1023-CV/ĐUK', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thanh Hoá, ngày 19 tháng 7 năm 2023']) {
      expect(lines).toContain(line);
      expect(text).toContain(line);
    }
    const subject = lines.slice(lines.indexOf('Số 1023-CV/ĐUK') + 2, lines.indexOf('Số 1023-CV/ĐUK') + 4).join('\n');
    expect(text).toContain(subject);
  });

  it('has the reference\'s kính gửi, nơi nhận and signature', () => {
    const signature = all(doc.blocks.at(-1)!, 'w:p').map(paragraphText).filter(Boolean);
    const from = lines.indexOf('Nơi nhận:');
    const expected = lines.slice(from).filter(Boolean);
    expect(signature.sort()).toEqual(expected.sort());
    expect(doc.paragraphsWithText(lines.find((l) => l.startsWith('Kính gửi:'))!)).toHaveLength(1);
  });
});
