// The templates' output is a small XML vocabulary; this turns it into the document model.
//   <document> <table style [widths]> <row [header]> <cell> <p style> <rule style/>, inline <b> <i> <u> <br/> <tab/>
// Values were escaped by Handlebars, so only the template can have written these tags.
// A tokenizer of our own: the vocabulary is tiny and closed, and a general XML parser cost
// more start-up time (Unicode name tables) than the whole document takes to render.
import type { Block, Cell, Paragraph, Row, Run } from '../model/document';

export class MarkupError extends Error {}

const TOKEN = /<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]+)|#(\d+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (text: string): string =>
  text.replace(ENTITY, (_, name: string, hex: string, dec: string) =>
    name ? NAMED[name]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );

type Emphasis = { b: number; i: number; u: number };

export function parseMarkup(xml: string): Block[] {
  const root: Block[] = [];
  const containers: Block[][] = [root];
  const tables: { rows: Row[]; row?: Cell[]; header?: boolean }[] = [];
  const open: string[] = [];
  let paragraph: { style: string; runs: Run[] } | undefined;
  const emphasis: Emphasis = { b: 0, i: 0, u: 0 };

  const fail = (message: string, at: number): never => {
    const line = xml.slice(0, at).split('\n').length;
    throw new MarkupError(`${message} (template output line ${line})`);
  };

  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, attributeText, selfClosing, text, stray] = m;
    const at = m.index!;
    if (stray) fail('a "<" that starts no element', at);
    if (text !== undefined) {
      if (!paragraph) {
        if (text.trim()) fail(`text outside <p>: "${text.trim().slice(0, 30)}"`, at);
        continue;
      }
      // Line breaks come from template layout, not from values (load joins lines): fold them.
      const folded = decode(foldLines(text));
      if (folded) paragraph.runs.push({ text: folded, ...(emphasis.b > 0 && { bold: true }), ...(emphasis.i > 0 && { italic: true }), ...(emphasis.u > 0 && { underline: true }) });
      continue;
    }
    const attrs = Object.fromEntries([...(attributeText ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1], decode(a[2]!)]));
    const style = () => attrs.style ?? fail(`<${name}> needs a style`, at);
    if (closing) {
      if (open.pop() !== name) fail(`</${name}> does not close the open element`, at);
      switch (name) {
        case 'p':
          containers.at(-1)!.push(finishParagraph(paragraph!));
          paragraph = undefined;
          break;
        case 'table':
          tables.pop();
          break;
        case 'row': {
          const table = tables.at(-1)!;
          table.rows.push({ cells: table.row!, ...(table.header && { header: true }) });
          break;
        }
        case 'cell':
          containers.pop();
          break;
        case 'b':
        case 'i':
        case 'u':
          emphasis[name]--;
          break;
      }
      continue;
    }
    if (!selfClosing) open.push(name!);
    switch (name) {
      case 'document':
        break;
      case 'p':
        if (paragraph) fail('<p> inside <p>', at);
        paragraph = { style: style(), runs: [] };
        break;
      case 'rule':
        containers.at(-1)!.push({ kind: 'rule', style: style() });
        break;
      case 'table': {
        const widths = attrs.widths?.split(/\s+/).filter(Boolean).map(Number);
        const table = { kind: 'table' as const, style: style(), rows: [] as Row[], ...(widths?.length && { widths }) };
        containers.at(-1)!.push(table);
        tables.push(table);
        break;
      }
      case 'row': {
        const table = tables.at(-1) ?? fail('<row> outside <table>', at);
        table.row = [];
        table.header = attrs.header === 'true';
        break;
      }
      case 'cell': {
        const blocks: Block[] = [];
        (tables.at(-1)?.row ?? fail('<cell> outside <row>', at)).push({ blocks });
        containers.push(blocks);
        break;
      }
      case 'b':
      case 'i':
      case 'u':
        emphasis[name]++;
        break;
      case 'br':
      case 'tab':
        (paragraph ?? fail(`<${name}/> outside <p>`, at)).runs.push(name === 'br' ? { text: '', lineBreak: true } : { text: '', tab: true });
        break;
      default:
        fail(`unknown element <${name}>`, at);
    }
  }
  if (open.length > 0) fail(`<${open.at(-1)}> is never closed`, xml.length);
  return root;
}

/** Trims the paragraph's outer white space and merges neighbouring runs of the same look. */
function finishParagraph(p: { style: string; runs: Run[] }): Paragraph {
  const runs: Run[] = [];
  for (const run of p.runs) {
    const prev = runs.at(-1);
    const sameLook =
      prev && !prev.lineBreak && !prev.tab && !run.lineBreak && !run.tab &&
      prev.bold === run.bold && prev.italic === run.italic && prev.underline === run.underline;
    if (sameLook) runs[runs.length - 1] = { ...prev, text: prev.text + run.text };
    else runs.push(run);
  }
  trimEdge(runs, 0, (s) => s.trimStart());
  trimEdge(runs, runs.length - 1, (s) => s.trimEnd());
  return { kind: 'paragraph', style: p.style, runs: runs.filter((r) => r.text || r.lineBreak || r.tab) };
}

function trimEdge(runs: Run[], index: number, trim: (s: string) => string): void {
  const run = runs[index];
  if (run && !run.lineBreak && !run.tab) runs[index] = { ...run, text: trim(run.text) };
}

const BLANK = new Set([' ', '\t', '\r']);

/**
 * Each line break with the blanks and empty lines around it becomes one space. Written as a
 * split rather than /[ \t\r]*\n…/: that regex tries every blank of a long run before failing,
 * which made a value with 64 K spaces take seconds (quadratic).
 */
export function foldLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    let start = 0;
    let end = line.length;
    if (i > 0) while (start < end && BLANK.has(line[start]!)) start++;
    if (i < lines.length - 1) while (end > start && BLANK.has(line[end - 1]!)) end--;
    // A blank line between two breaks is part of the one fold.
    if (start === end && i > 0 && i < lines.length - 1) return;
    kept.push(line.slice(start, end));
  });
  return kept.join(' ');
}
