// The layout step, between the templates and the writer: each centred field (superior and
// issuing body, title, subject, place-date…) that would wrap in its column gets explicit
// line breaks at balanced points, measured with the profile font's metrics. Line breaks
// already in a paragraph (lines the author wrote as a YAML list) are kept; each such line is
// broken only if it is itself too long. Pure: model + profile in, model out.
import type { Block, DocumentModel, Paragraph, Run, Table } from '../model/document';
import type { LineBreaking, ParagraphStyle, Profile } from '../profile/profile';
import { chooseBreaks } from './break-lines';
import { glueOf, glueRules, type GlueRules } from './glue';
import { fontStyle, measurerFor, type Measure } from './measure';

type Context = { profile: Profile; lb: LineBreaking; measure: Measure; rules: GlueRules };

export function layoutModel(model: DocumentModel, profile: Profile): DocumentModel {
  const lb = profile.line_breaking;
  const measure = measurerFor(profile.font.family);
  if (!lb || !measure) return model;
  const ctx: Context = { profile, lb, measure, rules: glueRules(profile, lb) };
  const { page } = profile;
  const textWidth = page.width_mm - page.margin_mm.left - page.margin_mm.right;
  return { ...model, blocks: layoutBlocks(ctx, model.blocks, textWidth) };
}

function layoutBlocks(ctx: Context, blocks: readonly Block[], widthMm: number): Block[] {
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return layoutParagraph(ctx, block, widthMm);
    if (block.kind === 'table') return layoutTable(ctx, block, widthMm);
    return block;
  });
}

function layoutTable(ctx: Context, table: Table, widthMm: number): Table {
  const style = ctx.profile.tables[table.style];
  if (!style) return table;
  const tableWidth = Math.min(style.columns_mm.reduce((a, b) => a + b, 0), widthMm);
  const relative = table.widths ?? style.columns_mm;
  const sum = relative.reduce((a, b) => a + b, 0);
  const columns = relative.map((w) => (tableWidth * w) / sum - 2 * style.cell_margin_mm);
  return {
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, i) => ({ ...cell, blocks: layoutBlocks(ctx, cell.blocks, columns[i] ?? 0) })),
    })),
  };
}

const MM_TO_PT = 72 / 25.4;

function layoutParagraph(ctx: Context, p: Paragraph, widthMm: number): Paragraph {
  const style = ctx.profile.styles[p.style];
  if (!style || !ctx.lb.styles.includes(p.style)) return p;
  if (p.runs.some((r) => r.tab || r.field)) return p;
  const available = (widthMm - (style.indent_left_mm ?? 0) - (style.indent_right_mm ?? 0)) * MM_TO_PT - ctx.lb.slack_pt;
  if (everyLineFits(ctx, style, p.runs, available)) return p; // most fields: no work beyond one measure
  const afterPlaceOnly = ctx.lb.break_after_place_only.includes(p.style);
  // The paragraph's characters, each with the run it came from; the author's breaks split it
  // into lines, each laid out on its own.
  const chars: { ch: string; run: number }[] = [];
  p.runs.forEach((run, r) => {
    for (const ch of run.lineBreak ? '\n' : run.text) chars.push({ ch, run: r });
  });
  // What each white-space gap of a broken line becomes (by the char offset where it starts).
  const gaps = new Map<number, Gap>();
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i]!.ch !== '\n') continue;
    for (const [at, gap] of gapsOfLine(ctx, style, p.runs, chars.slice(lineStart, i), available, afterPlaceOnly)) gaps.set(lineStart + at, gap);
    lineStart = i + 1;
  }
  if (gaps.size === 0) return p;
  return { ...p, runs: rebuildRuns(p.runs, chars, gaps) };
}

/**
 * How a broken line's gaps are written. The words of each planned line are joined by no-break
 * spaces and the lines by an ordinary space, so Word and LibreOffice can break only there: the
 * text keeps its words and spaces (a no-break space is a space to search, copy and the checker).
 * Where two planned lines would fit side by side, that space could not force the break, so an
 * explicit line break goes there instead.
 */
type Gap = 'nbsp' | 'space' | 'br';

const NBSP = '\u00a0';

const runStyle = (style: ParagraphStyle, run: Run) => fontStyle(Boolean(style.bold) !== Boolean(run.bold), Boolean(style.italic) !== Boolean(run.italic));

function everyLineFits(ctx: Context, style: ParagraphStyle, runs: readonly Run[], available: number): boolean {
  let width = 0;
  for (const run of runs) {
    if (run.lineBreak) {
      if (width > available) return false;
      width = 0;
    } else width += ctx.measure(style.caps ? run.text.toUpperCase() : run.text, runStyle(style, run), style.size_pt);
  }
  return width <= available;
}

/** The gaps of one line (offsets within it) and what each becomes; none when the line fits. */
function gapsOfLine(ctx: Context, style: ParagraphStyle, runs: readonly Run[], line: readonly { ch: string; run: number }[], available: number, afterPlaceOnly: boolean): [number, Gap][] {
  const text = line.map((c) => c.ch).join('');
  const words = [...text.matchAll(/[^ \t]+/g)]; // an author's no-break space stays inside a word
  if (words.length < 2) return [];
  // Capitals as the writer prints them (Vietnamese has no special casing, so lengths match).
  const printed = style.caps ? text.toUpperCase() : text;
  const styleOfRun = (r: number) => runStyle(style, runs[r]!);
  const widthOf = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; ) {
      let j = i + 1; // a stretch of one run: one style
      while (j < to && line[j]!.run === line[i]!.run) j++;
      w += ctx.measure(printed.slice(i, j), styleOfRun(line[i]!.run), style.size_pt);
      i = j;
    }
    return w;
  };
  const widths = words.map((m) => widthOf(m.index, m.index + m[0].length));
  const space = ctx.measure(' ', fontStyle(Boolean(style.bold), Boolean(style.italic)), style.size_pt);
  const total = widths.reduce((a, b) => a + b, 0) + space * (widths.length - 1);
  if (total <= available) return [];
  const glue = glueOf(words.map((m) => m[0]), ctx.rules, afterPlaceOnly);
  const breaks = chooseBreaks(widths, space, glue, available);
  if (breaks.length === 0) return [];
  const starts = [0, ...breaks.map((b) => b + 1)];
  const lineWidths = starts.map((from, l) => {
    const to = l + 1 < starts.length ? starts[l + 1]! : words.length;
    return widths.slice(from, to).reduce((a, b) => a + b, 0) + space * (to - from - 1);
  });
  return words.slice(0, -1).map((w, i): [number, Gap] => {
    const l = breaks.indexOf(i);
    const gap: Gap = l < 0 ? 'nbsp' : lineWidths[l]! + space + lineWidths[l + 1]! <= available ? 'br' : 'space';
    return [w.index + w[0].length, gap];
  });
}

/** The runs again, each gap's white space written as its Gap says. */
function rebuildRuns(runs: readonly Run[], chars: readonly { ch: string; run: number }[], gaps: ReadonlyMap<number, Gap>): Run[] {
  const out: Run[] = [];
  let text = '';
  let current = -1;
  const flush = () => {
    if (current >= 0 && text) out.push({ ...runs[current]!, text });
    text = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const { ch, run } = chars[i]!;
    if (runs[run]!.lineBreak) {
      flush();
      out.push(runs[run]!);
      current = -1;
      continue;
    }
    if (run !== current) flush();
    current = run;
    const gap = gaps.get(i);
    if (!gap) {
      text += ch;
      continue;
    }
    while (i + 1 < chars.length && /^[ \t]$/.test(chars[i + 1]!.ch)) i++; // one gap, one character
    if (gap === 'br') {
      flush();
      out.push({ text: '', lineBreak: true });
    } else text += gap === 'nbsp' ? NBSP : ' ';
  }
  flush();
  return out;
}
