// The pipeline's number step, backed by the outgoing register (src/register/issue.ts): one
// register transaction to take the number, one to confirm it once the file is written.
// The register (a native module) is loaded only when a document is numbered.
import type { OrgConfig } from './core/config/org-config';
import type { NumberPort } from './core/pipeline/build-document';

/** `inputPath`: the YAML file the number is kept for; null for stdin or a mail-merge row. */
export function registerNumbering(config: OrgConfig | undefined, inputPath: string | null): NumberPort {
  return async (input, steps) => {
    const { issueNumbered } = await import('./register/issue');
    const issued = await issueNumbered(input, config, { inputPath, ...steps });
    return { output: issued.output, bytes: issued.bytes, number: issued.entry.kyHieu };
  };
}
