// DOCX → PDF through LibreOffice headless: one soffice call for many files, with its own
// throw-away profile (parallel runs do not fight over ~/.config) and a timeout.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui fonts-liberation2';

export class LibreOfficeMissing extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/** The soffice binary on PATH, or undefined. */
export async function findSoffice(env: Env = process.env): Promise<string | undefined> {
  for (const name of [env.CONGVAN_SOFFICE, 'soffice', 'libreoffice'].filter(Boolean) as string[]) {
    const found = await new Promise<boolean>((resolve) =>
      execFile(name, ['--version'], { timeout: 60_000, env }, (error) => resolve(!error)),
    );
    if (found) return name;
  }
  return undefined;
}

/** Converts `files` into PDFs in `outDir`; returns the PDF paths in the same order. */
export async function convertToPdf(files: readonly string[], outDir: string, timeoutMs = 180_000, env: Env = process.env): Promise<string[]> {
  return convertFiles(files, outDir, 'pdf', 'pdf', timeoutMs, env);
}

/**
 * Converts `files` with a LibreOffice filter (e.g. 'pdf', 'docx:MS Word 2007 XML'), written
 * to `outDir` with the extension `ext`; returns their paths in the same order.
 */
export async function convertFiles(files: readonly string[], outDir: string, target: string, ext: string, timeoutMs = 180_000, env: Env = process.env): Promise<string[]> {
  const soffice = await findSoffice(env);
  if (!soffice) throw new LibreOfficeMissing(`LibreOffice (soffice) not found: ${INSTALL_HINT}`);
  const profile = await mkdtemp(join(tmpdir(), 'congvan-lo-'));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless', '--norestore', '--nolockcheck',
      '--convert-to', target, '--outdir', outDir, ...files,
    ];
    await new Promise<void>((resolve, reject) =>
      execFile(soffice, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env }, (error, _out, stderr) =>
        error ? reject(new Error(`soffice failed: ${error.message}${stderr ? `\n${stderr}` : ''}`)) : resolve(),
      ),
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, `${basename(f, extname(f))}.${ext}`));
}
