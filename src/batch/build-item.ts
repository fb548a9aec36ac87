// Builds one item of a batch (a YAML file, or the merge document with one data row) into DOCX
// bytes. The same code runs in the main thread for small batches and in each worker thread.
import { InputError, type Diagnostic } from '../core/diagnostics';
import { mergeRow, prepareMerge, type MergeTemplate } from '../core/merge/merge-row';
import type { Row } from '../core/merge/placeholders';
import { readTextFile } from '../cli/read-file';
import { dirname } from 'node:path';
import { loadConfigFor } from '../cli/config';
import type { OrgConfig } from '../core/config/org-config';
import { buildDocx, docxFromInput, profileFor } from '../index';

export type BuildSetup = {
  profile?: string;
  /** --config; else each input takes the congvan.config.yaml nearest above it. */
  config?: string;
  /** SOURCE_DATE_EPOCH, in ms since 1970, when set. */
  timestamp?: number;
  /** --encoding: of input files that are not Unicode. */
  encoding?: string;
  /** --allow-empty: a placeholder may take an empty cell (else that row fails). */
  allowEmpty?: boolean;
  /** The mail-merge document: its path (for messages) and text. */
  merge?: { file: string; text: string };
};

export type BuildJob = { kind: 'file'; input: string } | { kind: 'row'; fields: Row };

export type JobResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: false; internal: string };

export function createBuilder(setup: BuildSetup): (job: BuildJob) => Promise<JobResult> {
  const base = { profile: setup.profile, timestamp: setup.timestamp === undefined ? undefined : new Date(setup.timestamp) };
  const configs = new Map<string, OrgConfig | undefined>(); // by folder: read once per batch
  const configFor = (file: string) => {
    const dir = dirname(file);
    if (!configs.has(dir)) configs.set(dir, loadConfigFor(setup.config, dir, new Map()));
    return configs.get(dir);
  };
  let template: MergeTemplate | undefined;
  return async (job) => {
    try {
      if (job.kind === 'file') {
        return { ok: true, bytes: await buildDocx(readTextFile(job.input, setup.encoding), { ...base, file: job.input, config: configFor(job.input) }) };
      }
      template ??= prepareMerge(setup.merge!.text, setup.merge!.file);
      const options = { ...base, config: configFor(setup.merge!.file) };
      const input = mergeRow(template, job.fields, profileFor(options), { config: options.config }, { allowEmpty: setup.allowEmpty });
      return { ok: true, bytes: docxFromInput(input, options) };
    } catch (error) {
      if (error instanceof InputError) return { ok: false, diagnostics: [...error.diagnostics] };
      return { ok: false, internal: error instanceof Error ? error.message : String(error) };
    }
  };
}
