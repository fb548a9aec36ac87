// <w:p>: a model paragraph (or rule) in the look its profile style gives it, as XML text.
// Children are written in the order the schema's sequences require (CT_PPr, CT_RPr).
import type { Paragraph as ModelParagraph, Rule, Run } from '../core/model/document';
import type { Align, ParagraphStyle, Profile } from '../core/profile/profile';
import { mmToTwips, ptToEighths, ptToHalfPoints, ptToTwips } from './units';
import { escapeAttr, escapeText } from './xml';

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

export type WriteContext = { profile: Profile; fonts: string };

export function writeContext(profile: Profile): WriteContext {
  const f = escapeAttr(profile.font.family);
  return { profile, fonts: `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>` };
}

export function styleOf(ctx: WriteContext, name: string): ParagraphStyle {
  const style = ctx.profile.styles[name];
  if (!style) throw new Error(`profile "${ctx.profile.name}" has no style "${name}"`);
  return style;
}

/** What the surroundings change in a paragraph: keep it with the next block, more room around it. */
export type Placement = { keepNext?: boolean; minBeforePt?: number; minAfterPt?: number };

/** w:pPr of a style. `ruleIndentTwips`: the indents that make a rule its length in its cell. */
function paragraphProps(ctx: WriteContext, style: ParagraphStyle, place: Placement, ruleIndentTwips?: number): string {
  const keepNext = style.keep_next || place.keepNext;
  const before = ptToTwips(Math.max(style.space_before_pt ?? 0, place.minBeforePt ?? 0));
  const after = ptToTwips(Math.max(style.space_after_pt ?? 0, place.minAfterPt ?? 0));
  const line = style.line_exact_pt !== undefined ? `w:line="${ptToTwips(style.line_exact_pt)}" w:lineRule="exact"` : 'w:line="240" w:lineRule="auto"';
  const left = ruleIndentTwips ?? mmToTwips(style.indent_left_mm ?? 0);
  const right = ruleIndentTwips ?? mmToTwips(style.indent_right_mm ?? 0);
  const first = style.hanging_mm ? `w:hanging="${mmToTwips(style.hanging_mm)}"` : `w:firstLine="${mmToTwips(style.first_line_mm ?? 0)}"`;
  return (
    '<w:pPr>' +
    (keepNext ? '<w:keepNext/>' : '') +
    (style.keep_lines ? '<w:keepLines/>' : '') +
    (style.page_break_before ? '<w:pageBreakBefore/>' : '') +
    (style.rule ? `<w:pBdr><w:bottom w:val="single" w:sz="${ptToEighths(style.rule.weight_pt)}" w:space="0" w:color="000000"/></w:pBdr>` : '') +
    (style.tab_mm !== undefined ? `<w:tabs><w:tab w:val="left" w:pos="${mmToTwips(style.tab_mm)}"/></w:tabs>` : '') +
    `<w:spacing w:before="${before}" w:after="${after}" ${line}/>` +
    `<w:ind w:left="${left}" w:right="${right}" ${first}/>` +
    `<w:jc w:val="${JC[style.align ?? 'left']}"/>` +
    // The paragraph mark's size: an empty paragraph (a spacer line) keeps its height.
    `<w:rPr>${ctx.fonts}${size(style)}</w:rPr>` +
    '</w:pPr>'
  );
}

const size = (style: ParagraphStyle): string => {
  const half = ptToHalfPoints(style.size_pt);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
};

// Properties depend on the style (and the paragraph's placement) only: each distinct pPr and
// rPr is written once per profile and reused, in a batch as in a long document.
const propsCache = new WeakMap<Profile, Map<string, string>>();

function cached(ctx: WriteContext, key: string, build: () => string): string {
  let cache = propsCache.get(ctx.profile);
  if (!cache) propsCache.set(ctx.profile, (cache = new Map()));
  let xml = cache.get(key);
  if (xml === undefined) cache.set(key, (xml = build()));
  return xml;
}

export function writeParagraph(ctx: WriteContext, p: ModelParagraph, place: Placement = {}): string {
  const style = styleOf(ctx, p.style);
  const pPr = cached(ctx, `p|${p.style}|${place.keepNext === true}|${place.minBeforePt ?? 0}|${place.minAfterPt ?? 0}`, () => paragraphProps(ctx, style, place));
  let runs = '';
  for (const run of p.runs) runs += writeRun(ctx, p.style, style, run);
  return `<w:p>${pPr}${runs}</w:p>`;
}

function writeRun(ctx: WriteContext, name: string, style: ParagraphStyle, run: Run): string {
  const bold = Boolean(style.bold) !== Boolean(run.bold); // emphasis toggles the style's weight
  const italic = Boolean(style.italic) !== Boolean(run.italic);
  const underline = Boolean(style.underline) || Boolean(run.underline);
  const rPr = cached(
    ctx,
    `r|${name}|${bold}|${italic}|${underline}`,
    () => '<w:rPr>' + ctx.fonts + (bold ? '<w:b/><w:bCs/>' : '') + (italic ? '<w:i/><w:iCs/>' : '') + size(style) + (underline ? '<w:u w:val="single"/>' : '') + '</w:rPr>',
  );
  if (run.field === 'page') {
    const r = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
    return r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText xml:space="preserve"> PAGE </w:instrText>') + r('<w:fldChar w:fldCharType="separate"/>') + r('<w:fldChar w:fldCharType="end"/>');
  }
  if (run.lineBreak) return `<w:r>${rPr}<w:br/></w:r>`;
  if (run.tab) return `<w:r>${rPr}<w:tab/></w:r>`;
  const text = style.caps ? run.text.toLocaleUpperCase('vi') : run.text;
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
}

/** A rule: an empty paragraph with a bottom border, indented so the line is `length_mm` long. */
export function writeRule(ctx: WriteContext, rule: Rule, cellWidthTwips: number): string {
  const style = styleOf(ctx, rule.style);
  if (!style.rule) throw new Error(`style "${rule.style}" has no rule`);
  const indent = Math.max(0, Math.round((cellWidthTwips - mmToTwips(style.rule.length_mm)) / 2));
  return `<w:p>${paragraphProps(ctx, style, {}, indent)}</w:p>`;
}
