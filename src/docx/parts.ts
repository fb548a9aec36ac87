// The parts of the package that depend on the profile only, not on the text: styles,
// settings, font table, page-number headers, relationships and content types. Each profile's
// parts are written once and shared by every document built with it (a batch writes only
// each document's own parts: document.xml and docProps).
//
// Only what a congvan document uses is written: no numbering, notes, theme or web settings
// parts, and no style that is not used or that points at one that does not exist.
import type { Profile } from '../core/profile/profile';
import { writeContext, writeParagraph, type WriteContext } from './paragraph';
import { ptToHalfPoints } from './units';
import { DECLARATION, R_NS, W_NS, escapeAttr } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Relationship ids of document.xml's parts (sectPr refers to the headers). */
export const HEADER_DEFAULT_ID = 'rId4';
export const HEADER_FIRST_ID = 'rId5';

export type ProfileParts = { before: [string, string][]; after: [string, string][] };

const cache = new WeakMap<Profile, ProfileParts>();

/** The shared parts, in zip order around the document's own (see write-docx.ts). */
export function profileParts(profile: Profile): ProfileParts {
  let parts = cache.get(profile);
  if (!parts) cache.set(profile, (parts = buildParts(writeContext(profile))));
  return parts;
}

function buildParts(ctx: WriteContext): ProfileParts {
  return {
    before: [
      ['[Content_Types].xml', contentTypes()],
      ['_rels/.rels', packageRels()],
    ],
    after: [
      ['word/_rels/document.xml.rels', documentRels()],
      ['word/styles.xml', styles(ctx)],
      ['word/settings.xml', settings()],
      ['word/fontTable.xml', fontTable(ctx.profile)],
      ['word/header1.xml', header(ctx, true)],
      ['word/header2.xml', header(ctx, ctx.profile.page_number.first_page)],
    ],
  };
}

function contentTypes(): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/word/document.xml', `${WML}.document.main+xml`) +
    override('/word/styles.xml', `${WML}.styles+xml`) +
    override('/word/settings.xml', `${WML}.settings+xml`) +
    override('/word/fontTable.xml', `${WML}.fontTable+xml`) +
    override('/word/header1.xml', `${WML}.header+xml`) +
    override('/word/header2.xml', `${WML}.header+xml`) +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    override('/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml') +
    '</Types>'
  );
}

const relationships = (rels: [string, string, string][], ns = PKG_REL) =>
  DECLARATION + `<Relationships xmlns="${ns}">` + rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') + '</Relationships>';

function packageRels(): string {
  return relationships([
    ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
    ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
    ['rId4', `${REL}/custom-properties`, 'docProps/custom.xml'],
  ]);
}

function documentRels(): string {
  return relationships([
    ['rId1', `${REL}/styles`, 'styles.xml'],
    ['rId2', `${REL}/settings`, 'settings.xml'],
    ['rId3', `${REL}/fontTable`, 'fontTable.xml'],
    [HEADER_DEFAULT_ID, `${REL}/header`, 'header1.xml'],
    [HEADER_FIRST_ID, `${REL}/header`, 'header2.xml'],
  ]);
}

/**
 * Document defaults (font in all four slots, size, language, no spacing) and the three default
 * styles Word expects. Paragraphs carry their look directly (pPr/rPr), as the profile gives it,
 * so no other style is defined and none is based on one that is missing.
 */
function styles(ctx: WriteContext): string {
  const { font } = ctx.profile;
  const half = ptToHalfPoints(font.size_pt);
  const lang = escapeAttr(font.language);
  return (
    DECLARATION +
    `<w:styles xmlns:w="${W_NS}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${ctx.fonts}<w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="${lang}" w:eastAsia="${lang}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${ctx.profile.widow_control ? '<w:widowControl/>' : '<w:widowControl w:val="0"/>'}<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

function settings(): string {
  return (
    DECLARATION +
    `<w:settings xmlns:w="${W_NS}">` +
    '<w:defaultTabStop w:val="720"/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    // Word 2013+ layout rules, so Word does not open the file in compatibility mode.
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

function fontTable(profile: Profile): string {
  return DECLARATION + `<w:fonts xmlns:w="${W_NS}"><w:font w:name="${escapeAttr(profile.font.family)}"/></w:fonts>`;
}

/** Page numbers: top centre, Arabic; the first page's header is empty unless the profile numbers it (docx-pitfalls D5). */
function header(ctx: WriteContext, numbered: boolean): string {
  const style = ctx.profile.page_number.style;
  const p = writeParagraph(ctx, { kind: 'paragraph', style, runs: numbered ? [{ text: '', field: 'page' }] : [] });
  return DECLARATION + `<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${p}</w:hdr>`;
}
