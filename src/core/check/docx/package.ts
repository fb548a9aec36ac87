// A .docx file: the zip, and the parts the checker reads (document, styles, theme, headers).
import { strFromU8, Unzip, UnzipInflate } from 'fflate';
import { all, kid, parseXml, XmlLimitError, type El } from './xml';

export class DocxReadError extends Error {}

export type DocxPackage = {
  document: El;
  styles?: El;
  theme?: El;
  /** Header parts by relationship id. */
  headers: ReadonlyMap<string, El>;
};

/** Bounds on what a .docx may unpack to: far above real documents, far below a zip bomb. */
export const DOCX_LIMITS = { partBytes: 16 * 1024 * 1024, totalBytes: 48 * 1024 * 1024 } as const;

/** Thrown when the unpacked parts exceed DOCX_LIMITS (a zip bomb, or absurd content). */
export class DocxTooLargeError extends DocxReadError {}

// The parts the checker reads: the document, its relationships, styles, theme and headers.
const WANTED = /^word\/(?:[^/]+\.xml|theme\/[^/]+\.xml|_rels\/document\.xml\.rels)$/;
// Compressed bytes handed to the inflater at a time: one step can expand to ~1000× this.
const CHUNK = 16 * 1024;

/**
 * Only the wanted parts are inflated, through fflate's streaming reader, and the bytes they
 * unpack to are counted as they come: a part or a total over DOCX_LIMITS stops the read
 * at once. (unzipSync would inflate every entry whole, trusting the sizes the zip claims.)
 */
function unzipWanted(bytes: Uint8Array): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!WANTED.test(file.name) || file.name in files) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) throw error instanceof DocxReadError ? error : new DocxReadError(`${file.name}: ${error.message}`);
      size += data.length;
      total += data.length;
      if (size > DOCX_LIMITS.partBytes) throw new DocxTooLargeError(`${file.name} > ${mib(DOCX_LIMITS.partBytes)}`);
      if (total > DOCX_LIMITS.totalBytes) throw new DocxTooLargeError(`> ${mib(DOCX_LIMITS.totalBytes)}`);
      chunks.push(data);
      if (final) files[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError(`not a zip file (${(e as Error).message})`);
  }
  return files;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

export function readPackage(bytes: Uint8Array): DocxPackage {
  const files = unzipWanted(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const part = (name: string) => {
    const xml = text(name);
    if (xml === undefined) return undefined;
    try {
      return parseXml(xml);
    } catch (e) {
      if (e instanceof XmlLimitError) throw new DocxTooLargeError(`${name}: ${e.message}`);
      throw new DocxReadError(`${name}: ${(e as Error).message}`);
    }
  };
  const document = part('word/document.xml');
  if (!document || !kid(document, 'w:document')) throw new DocxReadError('no word/document.xml: not a Word document');
  const rels = part('word/_rels/document.xml.rels');
  const headers = new Map<string, El>();
  let theme: El | undefined;
  for (const rel of rels ? all(rels, 'Relationship') : []) {
    const target = `word/${rel.attrs.Target?.replace(/^\/?word\//, '').replace(/^\//, '')}`;
    if (rel.attrs.Type?.endsWith('/header')) {
      const header = part(target);
      if (header) headers.set(rel.attrs.Id!, header);
    } else if (rel.attrs.Type?.endsWith('/theme')) {
      theme = part(target);
    }
  }
  return { document, styles: part('word/styles.xml'), theme, headers };
}
