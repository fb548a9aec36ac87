// Page setup and document defaults: A4, margins 20/20/30/15 mm, Times New Roman in all four
// font slots, vi-VN, no "exactly" line rule anywhere (docx-pitfalls D3, D4, D6).
import { beforeAll, describe, expect, it } from 'vitest';
import { all, first, kids } from '../helpers/ooxml';
import { buildExample, type Built } from '../helpers/example';

let doc: Built;
beforeAll(async () => {
  doc = await buildExample('cong-van.yaml');
});

describe('page setup', () => {
  it('is A4 portrait with margins 20/20/30/15 mm and the header 10 mm from the top', () => {
    const sectPr = first(doc.body, 'w:sectPr')!;
    expect(first(sectPr, 'w:pgSz')!.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(first(sectPr, 'w:pgMar')!.attrs).toMatchObject({
      'w:top': '1134',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:right': '850',
      'w:header': '567',
    });
  });

  it('sets a different first page (titlePg) so page 1 has no number', () => {
    const sectPr = first(doc.body, 'w:sectPr')!;
    expect(kids(sectPr, 'w:titlePg')).toHaveLength(1);
    const refs = kids(sectPr, 'w:headerReference').map((r) => r.attrs['w:type']).sort();
    expect(refs).toEqual(['default', 'first']);
  });
});

describe('document defaults', () => {
  it('put Times New Roman in all four font slots, 14 pt, language vi-VN', () => {
    const rPr = first(first(doc.styles, 'w:rPrDefault')!, 'w:rPr')!;
    expect(first(rPr, 'w:rFonts')!.attrs).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
      'w:cs': 'Times New Roman',
    });
    expect(first(rPr, 'w:sz')!.attrs['w:val']).toBe('28');
    expect(first(rPr, 'w:lang')!.attrs['w:val']).toBe('vi-VN');
  });

  it('gives every run of the document all four font slots', () => {
    const runs = all(doc.document, 'w:r');
    expect(runs.length).toBeGreaterThan(30);
    for (const r of runs) {
      const fonts = first(r, 'w:rFonts')?.attrs;
      expect(fonts).toMatchObject({ 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman', 'w:eastAsia': 'Times New Roman', 'w:cs': 'Times New Roman' });
    }
  });

  it('never writes lineRule="exactly", which Word misreads', () => {
    for (const [name, xml] of doc.files) {
      if (name.endsWith('.xml')) expect(xml, name).not.toContain('"exactly"');
    }
  });
});
