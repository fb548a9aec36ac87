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
  const breakAt = new Set<number>(); // char offsets where a white-space gap starts and a break goes
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i]!.ch !== '\n') continue;
    for (const at of breaksOfLine(ctx, style, p.runs, chars.slice(lineStart, i), available, afterPlaceOnly)) breakAt.add(lineStart + at);
    lineStart = i + 1;
  }
  if (breakAt.size === 0) return p;
  return { ...p, runs: rebuildRuns(p.runs, chars, breakAt) };
}

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

/** Offsets (within the line) of the gaps that become breaks. */
function breaksOfLine(ctx: Context, style: ParagraphStyle, runs: readonly Run[], line: readonly { ch: string; run: number }[], available: number, afterPlaceOnly: boolean): number[] {
  const text = line.map((c) => c.ch).join('');
  const words = [...text.matchAll(/\S+/g)];
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
  return chooseBreaks(widths, space, glue, available).map((i) => words[i]!.index + words[i]![0].length);
}

/** The runs again, with each chosen gap (its white space) replaced by a line break. */
function rebuildRuns(runs: readonly Run[], chars: readonly { ch: string; run: number }[], breakAt: ReadonlySet<number>): Run[] {
  const out: Run[] = [];
  let text = '';
  let current = -1;
  const flush = () => {
    if (current >= 0 && text) out.push({ ...runs[current]!, text });
    text = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const { ch, run } = chars[i]!;
    if (breakAt.has(i)) {
      flush();
      out.push({ text: '', lineBreak: true });
      while (i + 1 < chars.length && /[^\S\n]/.test(chars[i + 1]!.ch)) i++;
      continue;
    }
    if (runs[run]!.lineBreak) {
      flush();
      out.push(runs[run]!);
      current = -1;
      continue;
    }
    if (run !== current) flush();
    current = run;
    text += ch;
  }
  flush();
  return out;
}
