// Hostile .docx files for the checker's bounds: a deflate bomb, a million empty paragraphs,
// and an overlap bomb (many directory entries naming one compressed stream).
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const TAIL = '</w:body></w:document>';

/** word/document.xml whose middle is `repeat` copies of `unit`, compressed in a stream (never held whole). */
export function docxWithRepeated(unit: string, repeat: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const file = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(file);
  file.push(strToU8(HEAD), false);
  const block = strToU8(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
  const blocks = Math.ceil(repeat / (block.length / unit.length));
  for (let i = 0; i < blocks; i++) file.push(block, false);
  file.push(strToU8(TAIL), true);
  zip.end();
  return concat(out);
}

/** One compressed stream of `megabytes` MB of spaces, named by `copies` central-directory entries. */
export function overlapBomb(copies: number, megabytes: number): Uint8Array {
  const one = docxWithRepeated(' ', megabytes << 20);
  const view = new DataView(one.buffer, one.byteOffset, one.byteLength);
  const eocd = one.length - 22;
  const cdOffset = view.getUint32(eocd + 16, true);
  const record = one.subarray(cdOffset, eocd); // the one central record
  const records: Uint8Array[] = [];
  for (let i = 0; i < copies; i++) {
    const r = record.slice();
    const nameLength = new DataView(r.buffer).getUint16(28, true);
    const name = strToU8(i === 0 ? 'word/document.xml' : `word/header${i}.xml`.padEnd(nameLength, '_').slice(0, nameLength));
    r.set(name.subarray(0, nameLength), 46);
    records.push(r);
  }
  const cd = concat(records);
  const end = one.slice(eocd);
  const endView = new DataView(end.buffer);
  endView.setUint16(8, copies, true);
  endView.setUint16(10, copies, true);
  endView.setUint32(12, cd.length, true);
  return concat([one.subarray(0, cdOffset), cd, end]);
}

/** A small valid-looking zip that is not a Word document. */
export const notWord = (): Uint8Array => zipSync({ 'a.txt': strToU8('hello') });

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
