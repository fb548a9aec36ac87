// The templates' output is a small XML vocabulary; this turns it into the document model.
//   <document> <table style> <row> <cell> <p style> <rule style/> and inline <b> <i> <u> <br/> <tab/>
// Values were escaped by Handlebars, so only the template can have written these tags.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Block, Cell, Paragraph, Row, Run } from '../model/document';

type Emphasis = { bold: number; italic: number; underline: number };

export class MarkupError extends Error {}

export function parseMarkup(xml: string): Block[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: Block[] = [];
  const containers: Block[][] = [root];
  const tables: { table: { kind: 'table'; style: string; rows: Row[] }; row?: Cell[] }[] = [];
  let paragraph: { style: string; runs: Run[] } | undefined;
  const emphasis: Emphasis = { bold: 0, italic: 0, underline: 0 };

  const fail = (message: string): never => {
    throw new MarkupError(`${message} (line ${parser.line}, column ${parser.column})`);
  };
  const styleOf = (tag: SaxesTagPlain): string =>
    (tag.attributes.style as string | undefined) ?? fail(`<${tag.name}> needs a style`);
  const addRun = (run: Run) => (paragraph ?? fail('text outside <p>')).runs.push(run);

  parser.on('opentag', (tag) => {
    const t = tag as SaxesTagPlain;
    switch (t.name) {
      case 'document':
        break;
      case 'p':
        if (paragraph) fail('<p> inside <p>');
        paragraph = { style: styleOf(t), runs: [] };
        break;
      case 'rule':
        containers.at(-1)!.push({ kind: 'rule', style: styleOf(t) });
        break;
      case 'table': {
        const table = { kind: 'table' as const, style: styleOf(t), rows: [] as Row[] };
        containers.at(-1)!.push(table);
        tables.push({ table });
        break;
      }
      case 'row':
        (tables.at(-1) ?? fail('<row> outside <table>')).row = [];
        break;
      case 'cell': {
        const blocks: Block[] = [];
        (tables.at(-1)?.row ?? fail('<cell> outside <row>')).push({ blocks });
        containers.push(blocks);
        break;
      }
      case 'b':
      case 'i':
      case 'u':
        emphasis[t.name === 'b' ? 'bold' : t.name === 'i' ? 'italic' : 'underline']++;
        break;
      case 'br':
        addRun({ text: '', lineBreak: true });
        break;
      case 'tab':
        addRun({ text: '', tab: true });
        break;
      default:
        fail(`unknown element <${t.name}>`);
    }
  });

  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'p':
        containers.at(-1)!.push(finishParagraph(paragraph!));
        paragraph = undefined;
        break;
      case 'table':
        tables.pop();
        break;
      case 'row': {
        const entry = tables.at(-1)!;
        entry.table.rows.push({ cells: entry.row! });
        entry.row = undefined;
        break;
      }
      case 'cell':
        containers.pop();
        break;
      case 'b':
      case 'i':
      case 'u':
        emphasis[tag.name === 'b' ? 'bold' : tag.name === 'i' ? 'italic' : 'underline']--;
        break;
    }
  });

  parser.on('text', (text) => {
    if (!paragraph) {
      if (text.trim()) fail(`text outside <p>: "${text.trim().slice(0, 30)}"`);
      return;
    }
    // Line breaks come from template layout, not from values (load joins lines): fold them.
    const folded = text.replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
    if (folded) {
      paragraph.runs.push({
        text: folded,
        ...(emphasis.bold > 0 && { bold: true }),
        ...(emphasis.italic > 0 && { italic: true }),
        ...(emphasis.underline > 0 && { underline: true }),
      });
    }
  });

  parser.on('error', (e) => fail(e.message));
  parser.write(xml).close();
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
