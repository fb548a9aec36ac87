// Builds an example through the library (from source) and exposes its XML parts as trees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from '../../src/index';
import { all, kids, paragraphText, parseXml, unzipDocx, type El } from './ooxml';

export const root = join(__dirname, '..', '..');
export const examplePath = (name: string) => join(root, 'examples', name);

export type Built = {
  bytes: Uint8Array;
  files: Map<string, string>;
  document: El;
  body: El;
  styles: El;
  part(name: string): El;
  /** Top-level paragraphs and tables of the body, in order. */
  blocks: El[];
  paragraphsWithText(text: string | RegExp): El[];
};

export async function buildYaml(yaml: string, file = 'test.yaml'): Promise<Built> {
  return inspect(await buildDocx(yaml, { file }));
}

export async function buildExample(name: string): Promise<Built> {
  return buildYaml(readFileSync(examplePath(name), 'utf8'), name);
}

export function inspect(bytes: Uint8Array): Built {
  const files = unzipDocx(bytes);
  const part = (name: string) => parseXml(files.get(name) ?? '<missing/>');
  const document = part('word/document.xml');
  const body = all(document, 'w:body')[0]!;
  return {
    bytes,
    files,
    document,
    body,
    styles: part('word/styles.xml'),
    part,
    blocks: body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl'),
    paragraphsWithText: (text) =>
      all(document, 'w:p').filter((p) => {
        const t = paragraphText(p);
        return typeof text === 'string' ? t.includes(text) : text.test(t);
      }),
  };
}

export const runsOf = (p: El) => kids(p, 'w:r');
