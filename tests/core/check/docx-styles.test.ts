// Run and paragraph properties resolved as Word does: document defaults, the basedOn chain
// (root first), the paragraph's own, the character style, the run's own; theme fonts.
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/core/check/docx/paragraphs';
import { readStyles } from '../../../src/core/check/docx/styles';
import { parseXml, kid } from '../../../src/core/check/docx/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

const styles = parseXml(`<w:styles ${W}>
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Base"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Base"/><w:pPr><w:spacing w:before="120" w:line="360" w:lineRule="exact"/></w:pPr><w:rPr><w:b w:val="0"/><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/><w:rPr><w:i/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Emph"><w:rPr><w:i/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>`);

const theme = parseXml(`<a:theme ${W}><a:themeElements><a:fontScheme>
  <a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>`);

const sheet = readStyles(styles, theme);
const body = (xml: string) => readBody(kid(parseXml(`<w:body ${W}>${xml}</w:body>`), 'w:body'), sheet).paragraphs;

describe('style inheritance in a .docx', () => {
  it('a paragraph without a style takes the default paragraph style over the document defaults (theme font)', () => {
    const [p] = body('<w:p><w:r><w:t>a</w:t></w:r></w:p>');
    expect(p!.runs[0]!.props).toMatchObject({ fonts: { ascii: 'Calibri', hAnsi: 'Calibri' }, halfPoints: 24 });
    expect(p!.props).toMatchObject({ after: 160, line: 259, lineRule: 'auto' });
  });

  it('a styled paragraph takes its basedOn chain, root first, each level overriding the one before', () => {
    const [p] = body('<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>');
    expect(p!.runs[0]!.props).toMatchObject({ fonts: { ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, halfPoints: 28, bold: false });
    expect(p!.props).toMatchObject({ align: 'both', firstLine: 567, before: 120, after: 160, line: 360, lineRule: 'exact' });
  });

  it('the character style and then the run\'s own properties come last', () => {
    const [p] = body('<w:p><w:pPr><w:pStyle w:val="Base"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Emph"/><w:b w:val="false"/><w:caps/></w:rPr><w:t>ab</w:t></w:r></w:p>');
    expect(p!.runs[0]!.props).toMatchObject({ bold: false, italic: true, underline: true, caps: true });
    expect(p!.text).toBe('AB');
    expect(p!.typed).toBe('ab');
  });

  it('survives a basedOn loop', () => {
    const [p] = body('<w:p><w:pPr><w:pStyle w:val="Loop"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>');
    expect(p!.runs[0]!.props.italic).toBe(true);
  });

  it('numbers paragraphs in document order through tables, and knows their cell', () => {
    const ps = body('<w:p><w:r><w:t>1</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>4</w:t></w:r></w:p>');
    expect(ps.map((p) => [p.index, p.text, p.table?.cell])).toEqual([[1, '1', undefined], [2, '2', 0], [3, '3', 1], [4, '4', undefined]]);
  });

  it('reads tabs and breaks as text, and leaves deleted text and field codes out', () => {
    const [p] = body('<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/></w:r><w:del><w:r><w:delText>x</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>');
    expect(p!.text).toBe('a\tb\n');
  });
});
