// Test helper for batches: a temporary folder with YAML documents and data files, and the
// text of the DOCX files a batch wrote.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { examplePath, inspect } from './example';
import { minimalInput, toYaml } from './minimal';
import { all, paragraphText } from './ooxml';

export const mergeExample = examplePath('tron-thu/cong-van.yaml');
export const mergeData = examplePath('tron-thu/chi-bo.csv');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'congvan-batch-'));
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A minimal valid công văn, changed by `change`. */
export function documentYaml(change: (input: Record<string, any>) => void = () => {}): string {
  const input = minimalInput();
  change(input);
  return toYaml(input);
}

export const listDir = (dir: string): string[] => readdirSync(dir).sort();

/** Every paragraph's text of a DOCX file (unzipped and parsed: a truncated file throws). */
export function docxText(path: string): string {
  return all(inspect(readFileSync(path)).document, 'w:p').map(paragraphText).join('\n');
}
