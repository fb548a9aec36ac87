// congvan build <input.yaml|-> [-o out.docx|-] [--config file] [--assign-number] [--strict]
// One document through the pipeline (src/core/pipeline), written to a file or stdout.
import { dirname } from 'node:path';
import { loadConfigFor } from '../../config/load-config';
import { diagnostic, InputError } from '../../core/diagnostics';
import { buildDocument, type Built } from '../../core/pipeline/build-document';
import { defaultOutput, sourceDateEpoch } from '../../files/output-path';
import { readTextFile } from '../../files/read-file';
import { buildSettings, documentPorts } from '../../index';
import { registerNumbering } from '../../numbering';
import { writeFileAtomic } from '../atomic-write';
import { readStream, writeStream, type Io } from '../io';
import { todayOf } from '../../clock';
import { checkEncodingName, decodeText } from '../../files/decode-text';

export type BuildCommandOptions = { output?: string; profile?: string; config?: string; assignNumber?: boolean; strict?: boolean; encoding?: string };

export async function buildCommand(io: Io, input: string, options: BuildCommandOptions, sources: Map<string, string>): Promise<Built> {
  const file = input === '-' ? '<stdin>' : input;
  checkEncodingName(options.encoding);
  const text = input === '-' ? decodeText(await readStream(io.stdin), file, options.encoding) : readTextFile(input, options.encoding);
  sources.set(file, text);
  const config = loadConfigFor(options.config, input === '-' ? process.cwd() : dirname(input), sources, options.encoding);
  const buildOptions = { profile: options.profile, config, assignNumber: options.assignNumber, strict: options.strict, timestamp: sourceDateEpoch(io.env), today: todayOf(io.env) };
  const output = options.output ?? (input === '-' ? '-' : defaultOutput(input));
  const write = async (docx: Uint8Array): Promise<string> => {
    if (output === '-') {
      await writeStream(io.stdout, docx);
      return output;
    }
    try {
      writeFileAtomic(output, docx);
    } catch (e) {
      throw new InputError([diagnostic('output-write', output, undefined, { detail: (e as Error).message })]);
    }
    return output;
  };
  const ports = { ...documentPorts(buildOptions), number: registerNumbering(config, input === '-' ? null : input), write };
  return buildDocument({ text, file }, buildSettings(buildOptions), ports);
}
