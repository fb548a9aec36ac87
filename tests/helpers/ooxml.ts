// Test helper: unzip a .docx and read its XML as a small tree, with the queries tests need.
import { unzipSync, strFromU8 } from 'fflate';
import { all, kids, type El } from '../../src/core/check/docx/xml';

// The tree and its queries are the checker's own OOXML reader (src/core/check/docx/xml.ts).
export { all, kids, parseXml, type El } from '../../src/core/check/docx/xml';

export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

export function first(el: El, name: string): El | undefined {
  return all(el, name)[0];
}

/** The visible text of an element: w:t, tabs and breaks (tab stops in w:pPr are not text). */
export function textOf(el: El): string {
  let out = '';
  const walk = (e: El) => {
    if (e.name === 'w:pPr' || e.name === 'w:rPr') return;
    if (e.name === 'w:t') out += e.text;
    else if (e.name === 'w:tab') out += '\t';
    else if (e.name === 'w:br') out += '\n';
    for (const c of e.children) walk(c);
  };
  walk(el);
  return out;
}

/** Run properties as a flat record: size (half-points), bold, italic, underline, fonts. */
export function runProps(r: El) {
  const rPr = first(r, 'w:rPr');
  const get = (n: string) => (rPr ? kids(rPr, n)[0] : undefined);
  const on = (n: string) => {
    const e = get(n);
    return e !== undefined && e.attrs['w:val'] !== 'false' && e.attrs['w:val'] !== '0';
  };
  const fonts = get('w:rFonts')?.attrs ?? {};
  return {
    size: Number(get('w:sz')?.attrs['w:val'] ?? NaN),
    bold: on('w:b'),
    italic: on('w:i'),
    underline: get('w:u')?.attrs['w:val'] ?? null,
    fonts: { ascii: fonts['w:ascii'], hAnsi: fonts['w:hAnsi'], eastAsia: fonts['w:eastAsia'], cs: fonts['w:cs'] },
  };
}

/** Paragraph properties: alignment, spacing, indent, keepNext, bottom border. */
export function paraProps(p: El) {
  const pPr = kids(p, 'w:pPr')[0];
  const get = (n: string) => (pPr ? kids(pPr, n)[0] : undefined);
  const spacing = get('w:spacing')?.attrs ?? {};
  const ind = get('w:ind')?.attrs ?? {};
  const bottom = get('w:pBdr') ? kids(get('w:pBdr')!, 'w:bottom')[0]?.attrs : undefined;
  return {
    align: get('w:jc')?.attrs['w:val'] ?? null,
    before: Number(spacing['w:before'] ?? 0),
    after: Number(spacing['w:after'] ?? 0),
    line: Number(spacing['w:line'] ?? NaN),
    lineRule: spacing['w:lineRule'] ?? null,
    firstLine: Number(ind['w:firstLine'] ?? 0),
    left: Number(ind['w:left'] ?? ind['w:start'] ?? 0),
    right: Number(ind['w:right'] ?? ind['w:end'] ?? 0),
    hanging: Number(ind['w:hanging'] ?? 0),
    keepNext: get('w:keepNext') !== undefined,
    bottomBorder: bottom ?? null,
  };
}

/** A paragraph's visible text. */
export const paragraphText = (p: El): string => textOf(p);
