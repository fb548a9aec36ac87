// Prints documents to pages with LibreOffice (one soffice call for all) and reads them back:
// for `check --render` (the lines and their positions) and `preview` (PNG images). A YAML
// input goes through the same pipeline as `congvan build`; a .docx is printed as it is.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { diagnostic, InputError } from '../core/diagnostics';
import { convertToPdf, INSTALL_HINT, LibreOfficeMissing } from '../pdf/libreoffice';
import { buildDocument, buildSettings, documentPorts, profileFor, type NumberPort, type Profile } from '../index';
import { loadConfigFor } from '../config/load-config';

type Env = Readonly<Record<string, string | undefined>>;

export type PrintJob = { file: string; docx: Uint8Array; profile: Profile };

/**
 * What to print for an input: a YAML file built through the one pipeline (its config applied,
 * as `congvan build` would, but written nowhere), or a .docx as it is. A document whose number
 * the register gives (`so: auto`) is printed with "00" in its place: the layout is the same.
 */
export async function printJob(file: string, options: { profile?: string; config?: string }, sources: Map<string, string>): Promise<PrintJob> {
  const config = loadConfigFor(options.config, dirname(file), sources);
  const profile = profileFor({ profile: options.profile, config });
  const bytes = readFileSync(file);
  if (extname(file).toLowerCase() === '.docx') return { file, docx: bytes, profile };
  const text = bytes.toString('utf8');
  sources.set(file, text);
  let docx: Uint8Array | undefined;
  const write = async (built: Uint8Array) => ((docx = built), file);
  const number: NumberPort = async (input, steps) => {
    const built = steps.render({ ...input, so_ky_hieu: { ...input.so_ky_hieu, so: '00' } });
    return { output: await steps.write(built), bytes: built.byteLength, kyHieu: '00' };
  };
  const settings = buildSettings({ file, profile: options.profile, config });
  await buildDocument({ text, file }, settings, { ...documentPorts({ profile: options.profile, config }), write, number });
  return { file, docx: docx!, profile };
}

/**
 * Prints every job to PDF in one LibreOffice call inside a temporary folder, hands each PDF to
 * `use`, then removes the folder. No LibreOffice: an InputError (exit 2) with the install hint.
 */
export async function withPdfs<T>(jobs: readonly PrintJob[], env: Env, use: (pdf: string, job: PrintJob, index: number) => Promise<T>): Promise<T[]> {
  if (jobs.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'congvan-print-'));
  try {
    const docxFiles = jobs.map((job, i) => {
      const path = join(dir, `${i + 1}.docx`);
      writeFileSync(path, job.docx);
      return path;
    });
    let pdfs: string[];
    try {
      pdfs = await convertToPdf(docxFiles, dir, 120_000 + 5_000 * jobs.length, env);
    } catch (e) {
      if (e instanceof LibreOfficeMissing) throw missing(jobs[0]!.file, 'LibreOffice (soffice)', `sudo ${INSTALL_HINT}`);
      throw new InputError([diagnostic('render-failed', jobs[0]!.file, undefined, { detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) })]);
    }
    const results: T[] = [];
    for (let i = 0; i < jobs.length; i++) results.push(await use(pdfs[i]!, jobs[i]!, i));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function missing(file: string, tool: string, install: string): InputError {
  return new InputError([diagnostic('render-missing', file, undefined, { tool, install })]);
}

/** Runs a poppler tool; ENOENT becomes the install message. */
export function poppler(tool: string, args: readonly string[], file: string, env: Env): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(tool, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env }, (error, out) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') reject(missing(file, `${tool} (poppler-utils)`, 'sudo apt-get install -y poppler-utils'));
      else if (error) reject(new InputError([diagnostic('render-failed', file, undefined, { detail: error.message.split('\n')[0]! })]));
      else resolve(out);
    }),
  );
}
