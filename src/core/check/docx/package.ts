// A .docx file: the zip, and the parts the checker reads (document, styles, theme, headers).
import { strFromU8, unzipSync } from 'fflate';
import { all, kid, parseXml, type El } from './xml';

export class DocxReadError extends Error {}

export type DocxPackage = {
  document: El;
  styles?: El;
  theme?: El;
  /** Header parts by relationship id. */
  headers: ReadonlyMap<string, El>;
};

export function readPackage(bytes: Uint8Array): DocxPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new DocxReadError(`not a zip file (${(e as Error).message})`);
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const part = (name: string) => {
    const xml = text(name);
    if (xml === undefined) return undefined;
    try {
      return parseXml(xml);
    } catch (e) {
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
