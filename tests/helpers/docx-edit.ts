// Test helper: deliberately broken .docx files, made by editing the XML of a generated one
// (or of any .docx bytes) and zipping it again.
import { strToU8, zipSync } from 'fflate';
import { buildDocx } from '../../src/index';
import { minimalInput, toYaml } from './minimal';
import { all, paragraphText, parseXml, unzipDocx } from './ooxml';

export type Parts = Map<string, string>;

export function zipParts(files: Parts): Uint8Array {
  return zipSync(Object.fromEntries([...files].map(([name, text]) => [name, strToU8(text)])));
}

/** A công văn built from the minimal input (changed by `input`), then edited part by part. */
export async function editedDocx(edit: (files: Parts) => void = () => {}, input: (d: Record<string, any>) => void = () => {}): Promise<Uint8Array> {
  const data = minimalInput();
  input(data);
  const files = unzipDocx(await buildDocx(toYaml(data), { file: 'test.yaml' }));
  edit(files);
  return zipParts(files);
}

/** Replaces text in word/document.xml; fails loudly when the text is not there (a stale test). */
export function replaceInDocument(files: Parts, from: string | RegExp, to: string): void {
  const xml = files.get('word/document.xml')!;
  const next = xml.replace(from, to);
  if (next === xml) throw new Error(`not in document.xml: ${String(from)}`);
  files.set('word/document.xml', next);
}

/** The 1-based number of the first body paragraph (document order, tables included) containing `text`. */
export function paragraphNumber(bytes: Uint8Array, text: string): number {
  const doc = parseXml(unzipDocx(bytes).get('word/document.xml')!);
  const index = all(doc, 'w:p').findIndex((p) => paragraphText(p).includes(text));
  if (index < 0) throw new Error(`no paragraph with "${text}"`);
  return index + 1;
}

/** Changes a run's whole text (`<w:t …>from</w:t>`). */
export function setText(files: Parts, from: string, to: string): void {
  replaceInDocument(files, new RegExp(`(<w:t[^>]*>)${escape(from)}(</w:t>)`), `$1${to}$2`);
}

/** Changes the XML of the paragraph holding the run text `text`. */
export function editParagraph(files: Parts, text: string, edit: (xml: string) => string): void {
  const xml = files.get('word/document.xml')!;
  const p = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].find((m) => m[0].includes(`>${text}</w:t>`));
  if (!p) throw new Error(`no paragraph with "${text}"`);
  const changed = edit(p[0]);
  if (changed === p[0]) throw new Error(`the edit changed nothing in the paragraph "${text}"`);
  files.set('word/document.xml', xml.slice(0, p.index!) + changed + xml.slice(p.index! + p[0].length));
}

/** Replaces text in another part (styles, headers …). */
export function replaceInPart(files: Parts, part: string, from: string | RegExp, to: string): void {
  const xml = files.get(part)!;
  const next = xml.replace(from, to);
  if (next === xml) throw new Error(`not in ${part}: ${String(from)}`);
  files.set(part, next);
}

/** The header block as plain paragraphs: the first table's rows and cells unwrapped. */
export function unwrapHeaderTable(files: Parts): void {
  const xml = files.get('word/document.xml')!;
  const start = xml.indexOf('<w:tbl>');
  const end = xml.indexOf('</w:tbl>') + '</w:tbl>'.length;
  const inner = xml
    .slice(start, end)
    .replace(/<w:(tblPr|tblGrid|trPr|tcPr)>.*?<\/w:\1>/gs, '')
    .replace(/<\/?w:(tbl|tr|tc)>/g, '');
  files.set('word/document.xml', xml.slice(0, start) + inner + xml.slice(end));
}

/** Adds a copy of the paragraph holding `text`, right after it, reading `newText`. */
export function addParagraphAfter(files: Parts, text: string, newText: string): void {
  const xml = files.get('word/document.xml')!;
  const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)];
  const p = paragraphs.find((m) => m[0].includes(`>${text}</w:t>`));
  if (!p) throw new Error(`no paragraph with "${text}"`);
  const copy = p[0].replace(/(<w:t[^>]*>)[^<]*(<\/w:t>)/, `$1${newText}$2`);
  files.set('word/document.xml', xml.slice(0, p.index! + p[0].length) + copy + xml.slice(p.index! + p[0].length));
}

/** A paragraph of the given text and look, as Word writes one. */
export function paragraphXml(text: string, look: { align?: string; bold?: boolean; italic?: boolean; size?: number } = {}): string {
  const pPr = look.align ? `<w:pPr><w:jc w:val="${look.align}"/></w:pPr>` : '';
  const rPr = `<w:rPr>${look.bold ? '<w:b/>' : ''}${look.italic ? '<w:i/>' : ''}${look.size ? `<w:sz w:val="${look.size * 2}"/>` : ''}</w:rPr>`;
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** Inserts paragraphs right after the header table (the first table of the body). */
export function addAfterHeader(files: Parts, ...paragraphs: string[]): void {
  if (paragraphs.length > 0) replaceInDocument(files, '</w:tbl>', `</w:tbl>${paragraphs.join('')}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
