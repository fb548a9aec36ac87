// Text widths from committed font metric tables (scripts/font-metrics.mjs), so measuring
// needs no font file at run time. Widths are plain advance sums: Word and LibreOffice do not
// kern Times New Roman in these documents unless told to (w:kern), and congvan never does.
import { FONT_METRICS } from './font-metrics';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export type FontMetricTable = {
  readonly source: string;
  readonly unitsPerEm: number;
  readonly ranges: readonly (readonly [number, number])[];
  readonly widths: Readonly<Record<FontStyle, readonly number[]>>;
};

/** Width of `text` in points at `sizePt`. */
export type Measure = (text: string, style: FontStyle, sizePt: number) => number;

const measurers = new Map<string, Measure | undefined>();

/** A measure for the font family, or undefined when congvan has no metrics for it. */
export function measurerFor(family: string): Measure | undefined {
  if (!measurers.has(family)) {
    const table = FONT_METRICS[family];
    measurers.set(family, table && makeMeasure(table));
  }
  return measurers.get(family);
}

export const fontStyle = (bold: boolean, italic: boolean): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

function makeMeasure(table: FontMetricTable): Measure {
  const index = new Map<number, number>();
  let i = 0;
  for (const [from, to] of table.ranges) for (let cp = from; cp <= to; cp++) index.set(cp, i++);
  // A character outside the table counts as wide as "W" would be too pessimistic; "n" is a
  // fair average for text that is mostly letters.
  const fallback = index.get(0x6e)!;
  return (text, style, sizePt) => {
    const widths = table.widths[style];
    let units = 0;
    for (const ch of text) {
      const w = widths[index.get(ch.codePointAt(0)!) ?? fallback]!;
      units += w < 0 ? widths[fallback]! : w;
    }
    return (units * sizePt) / table.unitsPerEm;
  };
}
