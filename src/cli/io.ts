// The process boundary: streams and environment are passed in, so the CLI runs in tests
// without spawning a process.
import { diagnostic, InputError } from '../core/diagnostics';
import { formatLimit, MAX_INPUT_BYTES } from '../files/read-file';
export type Io = {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
};

export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    size += chunks[chunks.length - 1]!.length;
    // The same cap as for files: `congvan build - < /dev/zero` ends.
    if (size > MAX_INPUT_BYTES) throw new InputError([diagnostic('input-too-large', '<stdin>', undefined, { path: '<stdin>', limit: formatLimit() })]);
  }
  return Buffer.concat(chunks);
}

export function writeStream(stream: NodeJS.WritableStream, data: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(data, (e) => (e ? reject(e) : resolve())));
}
