// Where a single build writes, and the package timestamp a build is asked for.
import { basename, dirname, extname, join } from 'node:path';

/** examples/cong-van.yaml → examples/cong-van.docx */
export function defaultOutput(input: string): string {
  const ext = extname(input);
  const stem = /^\.ya?ml$/i.test(ext) ? basename(input, ext) : basename(input);
  return join(dirname(input), `${stem}.docx`);
}

/** SOURCE_DATE_EPOCH (reproducible builds) fixes the package timestamps when set. */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (!value || !/^\d+$/.test(value)) return undefined;
  return new Date(Number(value) * 1000);
}
