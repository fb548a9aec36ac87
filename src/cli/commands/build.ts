// congvan build <input.yaml|-> [-o out.docx|-]
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { diagnostic, InputError } from '../../core/diagnostics';
import { buildDocx } from '../../index';
import { writeFileAtomic } from '../atomic-write';
import type { FileReport } from '../format-findings';
import { readStream, writeStream, type Io } from '../io';

export type BuildCommandOptions = { output?: string; profile?: string; strict?: boolean };

export type BuildResult = { output: string; bytes: number; checked: FileReport };

export async function buildCommand(io: Io, input: string, options: BuildCommandOptions, sources: Map<string, string>): Promise<BuildResult> {
  const file = input === '-' ? '<stdin>' : input;
  const text = input === '-' ? await readStream(io.stdin) : readInputFile(input);
  sources.set(file, text);
  const docx = await buildDocx(text, { file, profile: options.profile, timestamp: sourceDateEpoch(io.env) });
  // The same rules as `congvan check`, before anything is written (--strict stops here).
  const { checkBuildInput } = await import('../build-check');
  const checked = checkBuildInput(io, text, file, options);
  const output = options.output ?? (input === '-' ? '-' : defaultOutput(input));
  if (output === '-') {
    await writeStream(io.stdout, docx);
  } else {
    try {
      writeFileAtomic(output, docx);
    } catch (e) {
      throw new InputError([diagnostic('output-write', output, undefined, { detail: (e as Error).message })]);
    }
  }
  return { output, bytes: docx.byteLength, checked };
}

function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError([diagnostic('file-read', path, undefined, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
}

/** examples/cong-van.yaml → examples/cong-van.docx */
export function defaultOutput(input: string): string {
  const ext = extname(input);
  const stem = /^\.ya?ml$/i.test(ext) ? basename(input, ext) : basename(input);
  return join(dirname(input), `${stem}.docx`);
}

/** SOURCE_DATE_EPOCH (reproducible builds) fixes the package timestamps when set. */
export function sourceDateEpoch(env: Io['env']): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (!value || !/^\d+$/.test(value)) return undefined;
  return new Date(Number(value) * 1000);
}
