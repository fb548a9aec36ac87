// Word hygiene (issue 12 item 3): every part a congvan .docx holds is one Word opens without a
// repair. Property elements come in the order of their schema sequence (ECMA-376 Part 1,
// wml.xsd: CT_PPrBase, CT_RPr, CT_TblPr, CT_TcPr, CT_SectPr …) — Word rejects or "repairs" a
// file whose children are out of order, where LibreOffice forgives it. The sequences below
// are copied from the schema, not from the writer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExample, root, type Built } from '../helpers/example';
import { all, kids, parseXml, type El } from '../helpers/ooxml';

const SEQUENCES: Record<string, string[]> = {
  // CT_PPr = CT_PPrBase + rPr, sectPr, pPrChange
  'w:pPr': [
    'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr', 'w:suppressLineNumbers',
    'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE',
    'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents',
    'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle',
    'w:rPr', 'w:sectPr', 'w:pPrChange',
  ],
  // CT_RPr (EG_RPrBase)
  'w:rPr': [
    'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline', 'w:shadow',
    'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern',
    'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs',
    'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath',
  ],
  'w:pBdr': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:between', 'w:bar'],
  'w:tblPr': [
    'w:tblStyle', 'w:tblpPr', 'w:tblOverlap', 'w:bidiVisual', 'w:tblStyleRowBandSize', 'w:tblStyleColBandSize', 'w:tblW', 'w:jc',
    'w:tblCellSpacing', 'w:tblInd', 'w:tblBorders', 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook', 'w:tblCaption', 'w:tblDescription',
  ],
  'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'],
  'w:tblCellMar': ['w:top', 'w:left', 'w:bottom', 'w:right'],
  'w:tbl': ['w:tblPr', 'w:tblGrid', 'w:tr'],
  'w:tr': ['w:tblPrEx', 'w:trPr', 'w:tc'],
  'w:tcPr': [
    'w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge', 'w:tcBorders', 'w:shd', 'w:noWrap', 'w:tcMar', 'w:textDirection',
    'w:tcFitText', 'w:vAlign', 'w:hideMark',
  ],
  'w:tcBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV', 'w:tl2br', 'w:tr2bl'],
  'w:sectPr': [
    'w:headerReference', 'w:footerReference', 'w:footnotePr', 'w:endnotePr', 'w:type', 'w:pgSz', 'w:pgMar', 'w:paperSrc', 'w:pgBorders',
    'w:lnNumType', 'w:pgNumType', 'w:cols', 'w:formProt', 'w:vAlign', 'w:noEndnote', 'w:titlePg', 'w:textDirection', 'w:bidi',
    'w:rtlGutter', 'w:docGrid', 'w:printerSettings', 'w:sectPrChange',
  ],
  'w:style': [
    'w:name', 'w:aliases', 'w:basedOn', 'w:next', 'w:link', 'w:autoRedefine', 'w:hidden', 'w:uiPriority', 'w:semiHidden',
    'w:unhideWhenUsed', 'w:qFormat', 'w:locked', 'w:personal', 'w:personalCompose', 'w:personalReply', 'w:rsid', 'w:pPr', 'w:rPr',
    'w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblStylePr',
  ],
  'w:docDefaults': ['w:rPrDefault', 'w:pPrDefault'],
  'w:styles': ['w:docDefaults', 'w:latentStyles', 'w:style'],
  'w:settings': [
    'w:writeProtection', 'w:view', 'w:zoom', 'w:removePersonalInformation', 'w:removeDateAndTime', 'w:doNotDisplayPageBoundaries',
    'w:displayBackgroundShape', 'w:printPostScriptOverText', 'w:printFractionalCharacterWidth', 'w:printFormsData', 'w:embedTrueTypeFonts',
    'w:embedSystemFonts', 'w:saveSubsetFonts', 'w:saveFormsData', 'w:mirrorMargins', 'w:alignBordersAndEdges', 'w:bordersDoNotSurroundHeader',
    'w:bordersDoNotSurroundFooter', 'w:gutterAtTop', 'w:hideSpellingErrors', 'w:hideGrammaticalErrors', 'w:activeWritingStyle',
    'w:proofState', 'w:formsDesign', 'w:attachedTemplate', 'w:linkStyles', 'w:stylePaneFormatFilter', 'w:stylePaneSortMethod',
    'w:documentType', 'w:mailMerge', 'w:revisionView', 'w:trackRevisions', 'w:doNotTrackMoves', 'w:doNotTrackFormatting',
    'w:documentProtection', 'w:autoFormatOverride', 'w:styleLockTheme', 'w:styleLockQFSet', 'w:defaultTabStop', 'w:autoHyphenation',
    'w:consecutiveHyphenLimit', 'w:hyphenationZone', 'w:doNotHyphenateCaps', 'w:showEnvelope', 'w:summaryLength', 'w:clickAndTypeStyle',
    'w:defaultTableStyle', 'w:evenAndOddHeaders', 'w:bookFoldRevPrinting', 'w:bookFoldPrinting', 'w:bookFoldPrintingSheets',
    'w:drawingGridHorizontalSpacing', 'w:drawingGridVerticalSpacing', 'w:displayHorizontalDrawingGridEvery',
    'w:displayVerticalDrawingGridEvery', 'w:doNotUseMarginsForDrawingGridOrigin', 'w:drawingGridHorizontalOrigin',
    'w:drawingGridVerticalOrigin', 'w:doNotShadeFormData', 'w:noPunctuationKerning', 'w:characterSpacingControl', 'w:printTwoOnOne',
    'w:strictFirstAndLastChars', 'w:noLineBreaksAfter', 'w:noLineBreaksBefore', 'w:savePreviewPicture', 'w:doNotValidateAgainstSchema',
    'w:saveInvalidXml', 'w:ignoreMixedContent', 'w:alwaysShowPlaceholderText', 'w:doNotDemarcateInvalidXml', 'w:saveXmlDataOnly',
    'w:useXSLTWhenSaving', 'w:saveThroughXslt', 'w:showXMLTags', 'w:alwaysMergeEmptyNamespace', 'w:updateFields', 'w:hdrShapeDefaults',
    'w:footnotePr', 'w:endnotePr', 'w:compat', 'w:docVars', 'w:rsids', 'm:mathPr', 'w:attachedSchema', 'w:themeFontLang',
    'w:clrSchemeMapping', 'w:doNotIncludeSubdocsInStats', 'w:doNotAutoCompressPictures', 'w:forceUpgrade', 'w:captions',
    'w:readModeInkLockDown', 'w:smartTagType', 'sl:schemaLibrary', 'w:shapeDefaults', 'w:doNotEmbedSmartTags', 'w:decimalSymbol',
    'w:listSeparator',
  ],
};

// Elements whose properties, if present, must be their first child (the content follows).
const LEADING: Record<string, string> = { 'w:p': 'w:pPr', 'w:r': 'w:rPr', 'w:tc': 'w:tcPr' };
// Members of one choice group, which may come in any order among themselves.
const SAME_PLACE: Record<string, string> = { 'w:footerReference': 'w:headerReference' };

/** How the children of `el` break its schema sequence (empty when in order). */
function outOfOrder(el: El): string[] {
  const order = el.children.map((c) => c.name).join(', ');
  const leading = LEADING[el.name];
  if (leading) {
    const at = el.children.findIndex((c) => c.name === leading);
    return at > 0 ? [`${el.name}: ${leading} is not first (${order})`] : [];
  }
  const sequence = SEQUENCES[el.name]!;
  let last = -1;
  for (const child of el.children) {
    const at = sequence.indexOf(SAME_PLACE[child.name] ?? child.name);
    if (at < 0) return [`${el.name}: ${child.name} is not in its sequence`];
    if (at < last) return [`${el.name}: ${child.name} out of order (${order})`];
    last = at; // equal is a repeat, which these sequences allow only where it occurs (tr, tc, style…)
  }
  return [];
}

function orderProblems(part: El): string[] {
  const problems: string[] = [];
  const walk = (el: El) => {
    if (SEQUENCES[el.name] || LEADING[el.name]) problems.push(...outOfOrder(el));
    for (const c of el.children) walk(c);
  };
  walk(part);
  return problems;
}

const names = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const built: Record<string, Built> = {};
beforeAll(async () => {
  for (const name of names) built[name] = await buildExample(name);
}, 120_000);

describe('Word hygiene', () => {
  it.each(names)('%s: property elements follow their ECMA-376 sequence in every part', (name) => {
    const { files } = built[name]!;
    const problems = [...files].filter(([path]) => path.startsWith('word/') && path.endsWith('.xml')).flatMap(([path, xml]) => orderProblems(parseXml(xml)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it.each(names)('%s: every table cell ends with a paragraph, every row has cells', (name) => {
    const doc = built[name]!.document;
    for (const tc of all(doc, 'w:tc')) expect(tc.children.at(-1)?.name).toBe('w:p');
    for (const tr of all(doc, 'w:tr')) expect(kids(tr, 'w:tc').length).toBeGreaterThan(0);
  });

  it.each(names)('%s: no style is based on, linked to or followed by a style that is not defined', (name) => {
    const styles = built[name]!.styles;
    const defined = new Set(all(styles, 'w:style').map((s) => s.attrs['w:styleId']));
    const references = all(styles, 'w:style').flatMap((s) => ['w:basedOn', 'w:link', 'w:next'].flatMap((n) => kids(s, n).map((r) => `${s.attrs['w:styleId']} ${n} ${r.attrs['w:val']}`)));
    expect(references.filter((r) => !defined.has(r.split(' ')[2]))).toEqual([]);
    // and the document uses none it does not define
    const used = [...built[name]!.files.values()].flatMap((xml) => [...xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]));
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it.each(names)('%s: notes parts, if any, hold only their separators; every part is typed and related', (name) => {
    const { files } = built[name]!;
    for (const notes of ['word/footnotes.xml', 'word/endnotes.xml']) {
      const xml = files.get(notes);
      if (xml === undefined) continue;
      for (const note of [...all(parseXml(xml), 'w:footnote'), ...all(parseXml(xml), 'w:endnote')]) {
        if (!['separator', 'continuationSeparator'].includes(note.attrs['w:type'] ?? '')) continue;
        const runContent = all(note, 'w:r').flatMap((r) => r.children.filter((c) => c.name !== 'w:rPr').map((c) => c.name));
        expect(runContent.length).toBe(1);
        expect(['w:separator', 'w:continuationSeparator']).toContain(runContent[0]);
      }
    }
    // Every XML part has a content type, every relationship target exists.
    const types = files.get('[Content_Types].xml')!;
    for (const path of files.keys()) {
      if (path.endsWith('.rels') || path === '[Content_Types].xml') continue;
      expect(types, path).toContain(`PartName="/${path}"`);
    }
    for (const [path, xml] of files) {
      if (!path.endsWith('.rels')) continue;
      const base = path.replace(/_rels\/[^/]*\.rels$/, '');
      for (const rel of all(parseXml(xml), 'Relationship')) {
        if (rel.attrs.TargetMode === 'External') continue;
        expect(files.has(base + rel.attrs.Target!), `${path} → ${rel.attrs.Target}`).toBe(true);
      }
    }
  });
});
