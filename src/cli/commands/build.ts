// congvan build <input.yaml|-> [-o out.docx|-] [--config file] [--assign-number]
import { basename, dirname, extname, join } from 'node:path';
import { diagnostic, InputError } from '../../core/diagnostics';
import { docxFromInput, parseInputWithSource, renderModel, type BuildOptions, type DocumentInput } from '../../index';
import { issueNumbered } from '../../register/issue';
import { writeFileAtomic } from '../atomic-write';
import { loadConfigFor } from '../config';
import type { FileReport } from '../format-findings';
import { readStream, writeStream, type Io } from '../io';
import { refuseBadOutput } from '../output-target';
import { readTextFile } from '../read-file';

export type BuildCommandOptions = { output?: string; profile?: string; config?: string; assignNumber?: boolean; strict?: boolean };

export type BuildResult = {
  output: string;
  bytes: number;
  /** the ký hiệu the register gave, when numbered */
  number?: string;
  /** what the check rules found in the input */
  checked: FileReport;
};

export async function buildCommand(io: Io, input: string, options: BuildCommandOptions, sources: Map<string, string>): Promise<BuildResult> {
  const file = input === '-' ? '<stdin>' : input;
  const text = input === '-' ? await readStream(io.stdin) : readTextFile(input);
  sources.set(file, text);
  const config = loadConfigFor(options.config, input === '-' ? process.cwd() : dirname(input), sources);
  const buildOptions: BuildOptions = { file, profile: options.profile, config, assignNumber: options.assignNumber, timestamp: sourceDateEpoch(io.env) };
  const { input: document, parsed } = parseInputWithSource(text, buildOptions);
  // The same rules as `congvan check`, before anything is written (--strict stops here).
  const { checkBuildInput } = await import('../build-check');
  const model = renderModel(document);
  const checked = checkBuildInput(io, { text, parsed, input: document, model, file, profile: options.profile, config }, options.strict === true);
  const output = options.output ?? (input === '-' ? '-' : defaultOutput(input));
  refuseBadOutput(io, output, input); // before numbering or rendering
  const write = async (docx: Uint8Array): Promise<string> => {
    if (output === '-') {
      await writeStream(io.stdout, docx);
      return output;
    }
    try {
      writeFileAtomic(output, docx);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError([diagnostic('output-write', output, undefined, { detail: (e as Error).message })]);
    }
    return output;
  };
  if (document.so_ky_hieu.so === 'auto') {
    const render = (numbered: DocumentInput) => docxFromInput(numbered, buildOptions);
    const issued = await issueNumbered(document, config, { inputPath: input === '-' ? null : input, render, write });
    return { output: issued.output, bytes: issued.bytes, number: issued.entry.kyHieu, checked };
  }
  const docx = docxFromInput(document, buildOptions, model);
  return { output: await write(docx), bytes: docx.byteLength, checked };
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
