// congvan build <input.yaml|-> [-o out.docx|-]
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { diagnostic, InputError } from '../../core/diagnostics';
import { buildDocx } from '../../index';
import { writeFileAtomic } from '../atomic-write';
import { readStream, writeStream, type Io } from '../io';

export type BuildCommandOptions = { output?: string; profile?: string };

export type BuildResult = { output: string; bytes: number };

export async function buildCommand(io: Io, input: string, options: BuildCommandOptions, sources: Map<string, string>): Promise<BuildResult> {
  const file = input === '-' ? '<stdin>' : input;
  const text = input === '-' ? await readStream(io.stdin) : readInputFile(input);
  sources.set(file, text);
  const docx = await buildDocx(text, { file, profile: options.profile, timestamp: sourceDateEpoch(io.env) });
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
  return { output, bytes: docx.byteLength };
}

export function readInputFile(path: string): string {
  return readInputBytes(path).toString('utf8');
}

export function readInputBytes(path: string): Buffer {
  try {
    return readFileSync(path);
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
