// Same input → same bytes: core.xml is dated from the document, never the wall clock
// (docx-pitfalls D8; zip entry times: zip-package.ts).
import type { DocumentMeta } from '../core/model/document';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with fixed dates (the document date, or SOURCE_DATE_EPOCH). */
export function coreXml(meta: DocumentMeta, typeName: string, timestamp: Date): string {
  const when = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(typeName)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.issuer)}</dc:creator>` +
    `<cp:keywords>${escapeXml(meta.number)}</cp:keywords>` +
    `<cp:category>${escapeXml(meta.docType)}</cp:category>` +
    `<dc:identifier>${escapeXml(meta.kyHieu)}</dc:identifier>` +
    `<dc:description>${escapeXml(meta.title)}</dc:description>` +
    '<cp:lastModifiedBy>congvan</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
