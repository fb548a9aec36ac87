// <w:p>: a model paragraph (or rule) in the look its profile style gives it.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  UnderlineType,
  type IContext,
  type IParagraphOptions,
  type IXmlableObject,
} from 'docx';
import type { Paragraph as ModelParagraph, Rule } from '../core/model/document';
import type { Align, ParagraphStyle, Profile } from '../core/profile/profile';
import { remember } from './lru';
import { shareXml } from './xml-string';
import { mmToTwips, ptToEighths, ptToHalfPoints, ptToTwips } from './units';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export type WriteContext = { profile: Profile; fontSlots: { ascii: string; hAnsi: string; eastAsia: string; cs: string } };

export function styleOf(ctx: WriteContext, name: string): ParagraphStyle {
  const style = ctx.profile.styles[name];
  if (!style) throw new Error(`profile "${ctx.profile.name}" has no style "${name}"`);
  return style;
}

/** Paragraph properties (w:pPr) of a style: alignment, spacing, indents, tabs. */
function paragraphProps(style: ParagraphStyle, cellWidthTwips?: number): Omit<IParagraphOptions, 'children'> {
  const line = style.line_exact_pt !== undefined
    ? { line: ptToTwips(style.line_exact_pt), lineRule: LineRuleType.EXACT }
    : { line: 240, lineRule: LineRuleType.AUTO };
  const rule = style.rule && cellWidthTwips !== undefined
    ? Math.max(0, Math.round((cellWidthTwips - mmToTwips(style.rule.length_mm)) / 2))
    : undefined;
  return {
    alignment: ALIGN[style.align ?? 'left'],
    spacing: {
      before: ptToTwips(style.space_before_pt ?? 0),
      after: ptToTwips(style.space_after_pt ?? 0),
      ...line,
    },
    indent: {
      left: rule ?? mmToTwips(style.indent_left_mm ?? 0),
      right: rule ?? mmToTwips(style.indent_right_mm ?? 0),
      ...(style.hanging_mm ? { hanging: mmToTwips(style.hanging_mm) } : { firstLine: mmToTwips(style.first_line_mm ?? 0) }),
    },
    ...(style.tab_mm !== undefined && { tabStops: [{ type: TabStopType.LEFT, position: mmToTwips(style.tab_mm) }] }),
    ...(style.keep_next && { keepNext: true }),
    ...(style.page_break_before && { pageBreakBefore: true }),
    ...(style.rule && {
      border: { bottom: { style: BorderStyle.SINGLE, size: ptToEighths(style.rule.weight_pt), color: '000000', space: 0 } },
    }),
  };
}

// In a batch most paragraphs (header, body, signature) are the same in every document: their
// docx objects are built once and shared, as they hold no per-document state (no numbering,
// images or links), and each is prepared for XML once (its XML text is then written once:
// xml-string.ts remembers it by that prepared object).
const PARAGRAPH_CACHE_ENTRIES = 128;

class SharedParagraph extends Paragraph {
  private prepared: IXmlableObject | undefined;

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.prepared) {
      this.prepared = super.prepForXml(context);
      if (this.prepared) shareXml(this.prepared);
    }
    return this.prepared;
  }
}
const paragraphs = new WeakMap<Profile, Map<string, Paragraph>>();

export function writeParagraph(ctx: WriteContext, p: ModelParagraph, extra: { keepNext?: boolean } = {}): Paragraph {
  let cache = paragraphs.get(ctx.profile);
  if (!cache) paragraphs.set(ctx.profile, (cache = new Map()));
  return remember(cache, JSON.stringify([p, extra.keepNext === true]), PARAGRAPH_CACHE_ENTRIES, () => buildParagraph(ctx, p, extra));
}

function buildParagraph(ctx: WriteContext, p: ModelParagraph, extra: { keepNext?: boolean }): Paragraph {
  const style = styleOf(ctx, p.style);
  const runStyle = {
    font: ctx.fontSlots,
    size: ptToHalfPoints(style.size_pt),
  };
  const children = p.runs.map((run) => {
    const text = style.caps ? run.text.toLocaleUpperCase('vi') : run.text;
    const bold = Boolean(style.bold) !== Boolean(run.bold); // emphasis toggles the style's weight
    const italic = Boolean(style.italic) !== Boolean(run.italic);
    const underline = Boolean(style.underline) || Boolean(run.underline);
    return new TextRun({
      ...runStyle,
      ...contentOf(run, text),
      ...(bold && { bold: true }),
      ...(italic && { italics: true }),
      ...(underline && { underline: { type: UnderlineType.SINGLE } }),
    });
  });
  return new SharedParagraph({
    ...paragraphProps(style),
    ...(extra.keepNext && { keepNext: true }),
    // An empty paragraph still takes its mark's size, so spacer lines keep their height.
    run: runStyle,
    children,
  });
}

function contentOf(run: ModelParagraph['runs'][number], text: string) {
  if (run.lineBreak) return { break: 1 };
  if (run.tab) return { children: [new Tab()] };
  if (run.field === 'page') return { children: [PageNumber.CURRENT] };
  return { text };
}

/** A rule: an empty paragraph with a bottom border, indented so the line is `length_mm` long. */
export function writeRule(ctx: WriteContext, rule: Rule, cellWidthTwips: number): Paragraph {
  const style = styleOf(ctx, rule.style);
  if (!style.rule) throw new Error(`style "${rule.style}" has no rule`);
  return new Paragraph({
    ...paragraphProps(style, cellWidthTwips),
    run: { font: ctx.fontSlots, size: ptToHalfPoints(style.size_pt) },
    children: [],
  });
}
