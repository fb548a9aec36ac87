// Layout findings from the printed pages (LibreOffice's PDF, read as lines with positions):
// each centred field is found on the page by its words, then its line breaks are judged —
// a date or a name cut in two, a number away from its unit, one word alone on the last line —
// and the pages themselves: the signature block alone at the top of a page, an empty last
// page, a page more than half blank before the next one starts.
import type { Profile } from '../../profile/profile';
import { glueRules, keptNames, NUMBER } from '../../layout/glue';
import { fontStyle, measurerFor } from '../../layout/measure';
import { nameKeys, wordKey } from '../../layout/name-key';
import type { CheckDocument, Finding, Part } from '../types';
import { RENDER_RULES } from './render-rules';

export type PrintedLine = { readonly text: string; readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number };
export type PrintedPage = { readonly widthPt: number; readonly heightPt: number; readonly lines: readonly PrintedLine[] };

const MM = 72 / 25.4;
const DEFAULT_CENTRED = ['superior-body', 'issuing-body', 'doc-title', 'doc-subtitle', 'doc-subject', 'cv-subject', 'place-date'];
const DATE = ['ngay', '#', 'thang', '#', 'nam', '#'];

type Located = { page: number; lines: PrintedLine[] };

export function analysePages(pages: readonly PrintedPage[], doc: CheckDocument, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  const report = (ruleId: string, args: Record<string, string | number>) => {
    const rule = RENDER_RULES.find((r) => r.id === ruleId)!;
    findings.push({ ruleId, code: rule.code, severity: rule.severity, messageId: 'found', args });
  };
  const margins = doc.layout?.marginsMm ?? profile.page.margin_mm;
  const content = pages.map((page) => contentLines(page, margins.top * MM, margins.bottom * MM));

  // The centred fields and their line breaks.
  const centred = profile.line_breaking?.styles ?? DEFAULT_CENTRED;
  const names = nameKeys(keptNames(profile));
  const rules = profile.line_breaking && glueRules(profile, profile.line_breaking);
  for (const part of doc.parts) {
    if (!centred.includes(part.role)) continue;
    const found = locate(part, content);
    if (!found || found.lines.length < 2) continue;
    const words = found.lines.map((l) => splitWords(l.text));
    const all = words.flat();
    const keys = all.map(wordKey);
    const page = found.page + 1;
    const excerpt = found.lines.map((l) => l.text).join(' / ');
    const matchAt = (at: number, seq: readonly string[]) => at >= 0 && at + seq.length <= keys.length && seq.every((k, j) => (k === '#' ? NUMBER.test(keys[at + j]!) : keys[at + j] === k));
    let boundary = 0;
    for (const line of words.slice(0, -1)) {
      boundary += line.length;
      const across = (start: number, length: number) => start < boundary && boundary < start + length;
      const date = keys.findIndex((_, i) => matchAt(i, DATE) && across(i, DATE.length));
      if (date >= 0) {
        report('render-date-split', { page, excerpt });
        continue;
      }
      const name = names.flatMap((seq) => keys.flatMap((_, i) => (matchAt(i, seq) && across(i, seq.length) ? [all.slice(i, i + seq.length).join(' ')] : [])))[0];
      if (name && fitsColumn(name, part, found, pages[found.page]!, margins, profile)) report('render-name-split', { page, name, excerpt });
      const before = keys[boundary - 1]!;
      const after = keys[boundary]!;
      const unit = rules && NUMBER.test(before) && rules.unitsAfter.some((seq) => matchAt(boundary, seq));
      const label = rules && NUMBER.test(after) && rules.labelsBefore.some((seq) => matchAt(boundary - seq.length, seq));
      if (unit || label) report('render-number-unit', { page, pair: `${all[boundary - 1]} ${all[boundary]}`, excerpt });
    }
    const last = words.at(-1)!;
    if (last.length === 1) report('render-lone-word', { page, word: last[0]!, excerpt });
  }

  // The signature block alone at the top of a page.
  const signer = ['signer-authority', 'signer-title', 'signer-name'].map((role) => doc.parts.find((p) => p.role === role)).find(Boolean);
  const signed = signer && locate(signer, content);
  if (signed && signed.page > 0) {
    const label = doc.parts.find((p) => p.role === 'noi-nhan-label');
    const labelAt = label && locate(label, content);
    const top = Math.min(signed.lines[0]!.yMin, labelAt?.page === signed.page ? labelAt.lines[0]!.yMin : Infinity);
    if (!content[signed.page]!.some((l) => l.yMax < top - 1)) report('render-signature-alone', { page: signed.page + 1 });
  }

  // Empty last page; a page more than half blank before the next one.
  if (pages.length > 0 && content.at(-1)!.length === 0) report('render-empty-page', { page: pages.length });
  const appendixStarts = doc.parts.filter((p) => p.section === 'appendix').map((p) => squash(p.text.split('\n')[0]!));
  // Only pages the text goes on from: the last page with text ends the document, not a break.
  const lastWithText = content.reduce((last, lines, p) => (lines.length > 0 ? p : last), -1);
  for (let p = 0; p < lastWithText; p++) {
    const areaTop = margins.top * MM;
    const areaBottom = pages[p]!.heightPt - margins.bottom * MM;
    const bottom = Math.max(areaTop, ...content[p]!.map((l) => l.yMax));
    const blank = (areaBottom - bottom) / (areaBottom - areaTop);
    const next = [...content[p + 1]!].sort((a, b) => a.yMin - b.yMin)[0];
    const deliberate = next && (/^phụ lục\b/iu.test(next.text) || appendixStarts.includes(squash(next.text)));
    if (blank > 0.5 && !deliberate) report('render-half-blank', { page: p + 1, blank: Math.round(blank * 100) });
  }
  return findings;
}

/**
 * Whether a name could have stood on one line of its field's column: a name wider than the
 * column must break, and that is no fault. A centred line's column is as wide as twice the
 * room between its centre and the nearer margin (the header columns each touch one margin).
 */
function fitsColumn(name: string, part: Part, found: Located, page: PrintedPage, margins: { left: number; right: number }, profile: Profile): boolean {
  const measure = measurerFor(profile.font.family);
  const format = part.format;
  if (!measure || !format?.sizePt) return true;
  const centre = (found.lines[0]!.xMin + found.lines[0]!.xMax) / 2;
  const column = 2 * Math.min(centre - margins.left * MM, page.widthPt - margins.right * MM - centre);
  return measure(name, fontStyle(format.bold, format.italic), format.sizePt) <= column;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const splitWords = (s: string) => squash(s).split(' ').filter(Boolean);

/** The lines of a page without its page number (a bare number in the top or bottom margin). */
function contentLines(page: PrintedPage, topPt: number, bottomPt: number): PrintedLine[] {
  return page.lines.filter((l) => !(/^\d+$/.test(l.text.trim()) && (l.yMax <= topPt + 1 || l.yMin >= page.heightPt - bottomPt - 1)));
}

/**
 * Where a part was printed: a line that starts with its first words, then the lines right
 * under it, in the same column, that go on with its next words, until all are found.
 */
function locate(part: Part, pages: readonly (readonly PrintedLine[])[]): Located | undefined {
  const target = splitWords(part.text);
  if (target.length === 0) return undefined;
  const continues = (line: PrintedLine, at: number) => {
    const words = splitWords(line.text);
    return words.length > 0 && at + words.length <= target.length && words.every((w, i) => w === target[at + i]) ? words.length : 0;
  };
  for (let page = 0; page < pages.length; page++) {
    const lines = pages[page]!;
    for (const first of lines) {
      let at = continues(first, 0);
      if (!at) continue;
      const chain = [first];
      while (at < target.length) {
        const prev = chain.at(-1)!;
        const height = prev.yMax - prev.yMin;
        const next = lines.find((l) => l.yMin > prev.yMin + height / 2 && l.yMin < prev.yMax + height && Math.min(l.xMax, prev.xMax) > Math.max(l.xMin, prev.xMin) && continues(l, at) > 0);
        if (!next) break;
        at += continues(next, at);
        chain.push(next);
      }
      if (at === target.length) return { page, lines: chain };
    }
  }
  return undefined;
}
