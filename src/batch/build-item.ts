// Builds one item of a batch (a YAML file, or the merge document with one data row) through
// the pipeline, as a single build would: the same config, rules, --strict and numbering.
// The same code runs in the main thread for small batches and in each worker thread; the
// write step is the caller's (on a worker it asks the main thread, which alone writes files).
import { dirname } from 'node:path';
import { loadConfigFor } from '../config/load-config';
import type { OrgConfig } from '../core/config/org-config';
import { InputError, type Diagnostic } from '../core/diagnostics';
import { prepareMerge, type MergeTemplate } from '../core/merge/merge-row';
import type { Row } from '../core/merge/placeholders';
import { buildDocument, FindingsError, type BuildPorts, type BuildSettings, type Checked } from '../core/pipeline/build-document';
import { readTextFile } from '../files/read-file';
import { buildSettings, documentPorts, type BuildOptions } from '../index';
import { registerNumbering } from '../numbering';

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
  /** ISO yyyy-MM-dd, for the date rules (the same day for every item). */
  today: string;
  strict?: boolean;
  assignNumber?: boolean;
};

export type BuildJob = { kind: 'file'; input: string } | { kind: 'row'; fields: Row };

export type JobResult =
  | { ok: true; output: string; number?: string; checked: Checked }
  | { ok: false; diagnostics: Diagnostic[]; checked?: Checked }
  | { ok: false; internal: string };

/** Writes item `index`'s bytes to its output; returns the path; throws InputError when it cannot. */
export type WriteItem = (index: number, bytes: Uint8Array) => Promise<string>;

type PerConfig = { settings: BuildSettings; ports: Pick<BuildPorts, 'template' | 'writeDocx'> };

export function createBuilder(setup: BuildSetup, write: WriteItem): (index: number, job: BuildJob) => Promise<JobResult> {
  const configs = new Map<string, OrgConfig | undefined>(); // by folder: read once per batch
  const configFor = (file: string) => {
    const dir = dirname(file);
    if (!configs.has(dir)) configs.set(dir, loadConfigFor(setup.config, dir, new Map(), setup.encoding));
    return configs.get(dir);
  };
  // Settings and ports once per config: the profile, rule settings and DOCX skeleton are shared.
  const prepared = new Map<OrgConfig | undefined, PerConfig>();
  const preparedFor = (config: OrgConfig | undefined): PerConfig => {
    let found = prepared.get(config);
    if (!found) {
      const options: BuildOptions = { ...setup, config, timestamp: setup.timestamp === undefined ? undefined : new Date(setup.timestamp) };
      prepared.set(config, (found = { settings: buildSettings(options), ports: documentPorts(options) }));
    }
    return found;
  };
  let template: MergeTemplate | undefined;
  return async (index, job) => {
    try {
      const file = job.kind === 'file' ? job.input : setup.merge!.file;
      const config = configFor(file);
      const { settings, ports } = preparedFor(config);
      const source = job.kind === 'file' ? { text: readTextFile(job.input, setup.encoding), file } : { merge: (template ??= prepareMerge(setup.merge!.text, file, { allowEmpty: setup.allowEmpty })), row: job.fields };
      const number = registerNumbering(config, job.kind === 'file' ? job.input : null);
      const built = await buildDocument(source, settings, { ...ports, number, write: (bytes) => write(index, bytes) });
      return { ok: true, output: built.output, ...(built.number && { number: built.number }), checked: built.checked };
    } catch (error) {
      if (error instanceof FindingsError) return { ok: false, diagnostics: [], checked: error.checked };
      if (error instanceof InputError) return { ok: false, diagnostics: [...error.diagnostics] };
      return { ok: false, internal: error instanceof Error ? error.message : String(error) };
    }
  };
}
