// Same input → same bytes: docx stamps core.xml with the wall clock and fflate stamps every
// zip entry with it (docx-pitfalls D8). We write core.xml ourselves and set the zip times.
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
    '<cp:lastModifiedBy>congvan</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Sets every entry's DOS time and date (local header and central directory) in place. */
export function setZipTimestamps(zip: Uint8Array, timestamp: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  const year = Math.max(1980, timestamp.getUTCFullYear());
  const dosTime = (timestamp.getUTCHours() << 11) | (timestamp.getUTCMinutes() << 5) | (timestamp.getUTCSeconds() >> 1);
  const date = ((year - 1980) << 9) | ((timestamp.getUTCMonth() + 1) << 5) | timestamp.getUTCDate();
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('zip: bad central directory');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('zip: bad local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new Error('zip: no end of central directory');
}
