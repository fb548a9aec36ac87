// A PDF's printed lines with their positions (points, origin top left), from the XHTML of
// poppler's `pdftotext -bbox-layout`. Words far apart on one line (two table columns side by side) are
// kept as separate lines, so each column's text reads on its own.
import type { PrintedLine, PrintedPage } from './analyse-pages';

/** A gap wider than this between two words of a line (points) separates two columns. */
const COLUMN_GAP_PT = 18;

const NUM = (attrs: string, name: string) => Number(new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? NaN);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+));/g, (_, name: string, dec: string) => (name ? ENTITIES[name]! : String.fromCodePoint(Number(dec))));

export function parseBboxLayout(xhtml: string): PrintedPage[] {
  const pages: PrintedPage[] = [];
  for (const page of xhtml.matchAll(/<page([^>]*)>([\s\S]*?)<\/page>/g)) {
    const lines: PrintedLine[] = [];
    for (const line of page[2]!.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)) {
      const words = [...line[1]!.matchAll(/<word([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
        text: decode(w[2]!), xMin: NUM(w[1]!, 'xMin'), xMax: NUM(w[1]!, 'xMax'), yMin: NUM(w[1]!, 'yMin'), yMax: NUM(w[1]!, 'yMax'),
      }));
      let group: typeof words = [];
      const flush = () => {
        if (group.length === 0) return;
        lines.push({
          text: group.map((w) => w.text).join(' '),
          xMin: group[0]!.xMin, xMax: group.at(-1)!.xMax,
          yMin: Math.min(...group.map((w) => w.yMin)), yMax: Math.max(...group.map((w) => w.yMax)),
        });
        group = [];
      };
      for (const word of words) {
        if (group.length > 0 && word.xMin - group.at(-1)!.xMax > COLUMN_GAP_PT) flush();
        group.push(word);
      }
      flush();
    }
    pages.push({ widthPt: NUM(page[1]!, 'width'), heightPt: NUM(page[1]!, 'height'), lines });
  }
  return pages;
}
