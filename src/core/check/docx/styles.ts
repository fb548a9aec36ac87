// Run and paragraph properties as Word resolves them: document defaults, then the style's
// basedOn chain (root first), then the paragraph's or run's own properties; theme font
// references (minorHAnsi …) resolved through the theme.
import type { FontSlot } from '../types';
import { all, kid, kids, num, onOff, type El } from './xml';

export type RunProps = {
  fonts: Partial<Record<FontSlot, string>>;
  halfPoints?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
};

export type ParaProps = {
  align?: string;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  firstLine?: number;
  hanging?: number;
  numbered?: boolean;
};

export type StyleSheet = {
  paragraph(pPr: El | undefined): ParaProps;
  /** A run's properties in its paragraph (whose pPr names the paragraph style). */
  run(rPr: El | undefined, pPr: El | undefined): RunProps;
  /** Borders of a table style, if it draws any. */
  tableStyleHasBorders(styleId: string | undefined): boolean;
};

const SLOTS: FontSlot[] = ['ascii', 'hAnsi', 'eastAsia', 'cs'];

export function readStyles(styles: El | undefined, theme: El | undefined): StyleSheet {
  const themeFonts = readThemeFonts(theme);
  const root = kid(styles, 'w:styles');
  const byId = new Map(kids(root, 'w:style').map((s) => [s.attrs['w:styleId'] ?? '', s]));
  const isDefault = (s: El) => ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '');
  const defaultParagraph = kids(root, 'w:style').find((s) => s.attrs['w:type'] === 'paragraph' && isDefault(s))?.attrs['w:styleId'];
  const defaults = kid(root, 'w:docDefaults');
  const defaultRun = kid(kid(defaults, 'w:rPrDefault'), 'w:rPr');
  const defaultPara = kid(kid(defaults, 'w:pPrDefault'), 'w:pPr');

  /** The style and its ancestors, root first. */
  const chain = (id: string | undefined): El[] => {
    const out: El[] = [];
    const seen = new Set<string>();
    for (let s = id ? byId.get(id) : undefined; s && !seen.has(s.attrs['w:styleId']!); ) {
      seen.add(s.attrs['w:styleId']!);
      out.unshift(s);
      const base = kid(s, 'w:basedOn')?.attrs['w:val'];
      s = base ? byId.get(base) : undefined;
    }
    return out;
  };
  const paragraphStyle = (pPr: El | undefined) => kid(pPr, 'w:pStyle')?.attrs['w:val'] ?? defaultParagraph;

  return {
    paragraph(pPr) {
      const layers = [defaultPara, ...chain(paragraphStyle(pPr)).map((s) => kid(s, 'w:pPr')), pPr];
      return layers.reduce<ParaProps>((acc, layer) => mergeParagraph(acc, layer), {});
    },
    run(rPr, pPr) {
      const layers = [
        defaultRun,
        ...chain(paragraphStyle(pPr)).map((s) => kid(s, 'w:rPr')),
        ...chain(kid(rPr, 'w:rStyle')?.attrs['w:val']).map((s) => kid(s, 'w:rPr')),
        rPr,
      ];
      return layers.reduce<RunProps>((acc, layer) => mergeRun(acc, layer, themeFonts), { fonts: {} });
    },
    tableStyleHasBorders(styleId) {
      return chain(styleId).some((s) => bordersVisible(kid(kid(s, 'w:tblPr'), 'w:tblBorders')) === true);
    },
  };
}

function mergeRun(acc: RunProps, rPr: El | undefined, theme: Record<string, string>): RunProps {
  if (!rPr) return acc;
  const fonts = { ...acc.fonts };
  const rFonts = kid(rPr, 'w:rFonts');
  for (const slot of SLOTS) {
    const themed = rFonts?.attrs[`w:${slot}Theme`];
    const named = rFonts?.attrs[`w:${slot}`];
    if (themed !== undefined) fonts[slot] = theme[themed];
    else if (named !== undefined) fonts[slot] = named;
  }
  const u = kid(rPr, 'w:u')?.attrs['w:val'];
  return {
    fonts,
    halfPoints: num(kid(rPr, 'w:sz')?.attrs['w:val']) ?? acc.halfPoints,
    bold: onOff(kid(rPr, 'w:b')) ?? acc.bold,
    italic: onOff(kid(rPr, 'w:i')) ?? acc.italic,
    underline: u !== undefined ? u !== 'none' : acc.underline,
    caps: onOff(kid(rPr, 'w:caps')) ?? acc.caps,
  };
}

function mergeParagraph(acc: ParaProps, pPr: El | undefined): ParaProps {
  if (!pPr) return acc;
  const spacing = kid(pPr, 'w:spacing')?.attrs ?? {};
  const ind = kid(pPr, 'w:ind')?.attrs ?? {};
  const numId = kid(kid(pPr, 'w:numPr'), 'w:numId')?.attrs['w:val'];
  const hanging = num(ind['w:hanging']);
  const firstLine = num(ind['w:firstLine']);
  return {
    align: kid(pPr, 'w:jc')?.attrs['w:val'] ?? acc.align,
    before: num(spacing['w:before']) ?? acc.before,
    after: num(spacing['w:after']) ?? acc.after,
    line: num(spacing['w:line']) ?? acc.line,
    lineRule: spacing['w:lineRule'] ?? (spacing['w:line'] !== undefined ? 'auto' : acc.lineRule),
    // A hanging indent replaces a first-line indent, and the other way round.
    firstLine: hanging !== undefined ? -hanging : (firstLine ?? acc.firstLine),
    numbered: numId !== undefined ? numId !== '0' : acc.numbered,
  };
}

/** true: some side is drawn; false: all named sides are none; undefined: no borders element. */
export function bordersVisible(borders: El | undefined): boolean | undefined {
  if (!borders) return undefined;
  return borders.children.some((side) => !['none', 'nil', undefined].includes(side.attrs['w:val']));
}

/** minorHAnsi → the theme's minor Latin font, and so on. */
function readThemeFonts(theme: El | undefined): Record<string, string> {
  if (!theme) return {};
  const scheme = all(theme, 'a:fontScheme')[0];
  const face = (which: string, script: string) => kid(kid(scheme, `a:${which}Font`), `a:${script}`)?.attrs.typeface || undefined;
  const out: Record<string, string> = {};
  for (const which of ['major', 'minor']) {
    for (const [suffix, script] of [['Ascii', 'latin'], ['HAnsi', 'latin'], ['EastAsia', 'ea'], ['Bidi', 'cs']] as const) {
      const f = face(which, script);
      if (f) out[`${which}${suffix}`] = f;
    }
  }
  return out;
}
