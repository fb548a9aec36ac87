// Runs the CLI in-process with captured streams (no child process, no real stdin).
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/main';

export type CliResult = { code: number; stdout: Buffer; stderr: string };

export async function runCli(argv: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await run({
    argv,
    env: { ...options.env },
    stdin: Readable.from([Buffer.isBuffer(options.stdin) ? options.stdin : Buffer.from(options.stdin ?? '')]),
    stdout,
    stderr,
  });
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
}
