// The one way a document is built, alone, in a batch, as a mail-merge row, on a worker thread,
// before --pdf and through the library:
//   load (YAML, or the merge document filled with a row) → validate → model (templates)
//   → check (the rules of `congvan check`, on what was just loaded and modelled: nothing is
//   parsed or rendered twice) → number (the register, for `so: auto`) → DOCX → write.
// No I/O here: the template store, the DOCX writer, the register and the write step are ports
// the caller passes in. Modes add steps around this function, never inside it.
import { runRules, type RuleSetting } from '../check/engine';
import { RULES } from '../check/rules';
import type { Finding, NotChecked, Severity } from '../check/types';
import { yamlDocument } from '../check/yaml-document';
import type { OrgConfig } from '../config/org-config';
import { diagnostic, InputError } from '../diagnostics';
import { checkInputWithSource, parseDocumentYaml } from '../load/load-input';
import type { ParsedYaml } from '../load/parse-yaml';
import { fillMergeRow, type MergeTemplate } from '../merge/merge-row';
import type { Row } from '../merge/placeholders';
import type { DocumentModel } from '../model/document';
import type { DocumentInput } from '../model/input';
import type { Profile } from '../profile/profile';
import type { CompiledTemplate } from '../render/handlebars-env';
import { renderDocument } from '../render/render-document';

/** A YAML document, or the merge document with one data row. */
export type DocumentSource = { text: string; file: string } | { merge: MergeTemplate; row: Row };

export type BuildSettings = {
  profile: Profile;
  config?: OrgConfig;
  /** --assign-number: as `so: auto`. */
  assignNumber?: boolean;
  /** The rules' settings (the preset, or the config's `check:` section). */
  rules: Readonly<Record<string, RuleSetting>>;
  /** ISO yyyy-MM-dd, for the date rules (the core has no clock). */
  today: string;
  /** --strict: a finding is an error and stops the build; without it each keeps its check severity and none stops it. */
  strict: boolean;
};

/** What a numbered document needs from the register: a number, then its file written and confirmed. */
export type NumberPort = (
  input: DocumentInput,
  steps: { render(numbered: DocumentInput): Uint8Array; write(bytes: Uint8Array): Promise<string> },
) => Promise<{ output: string; bytes: number; number: string }>;

export type BuildPorts = {
  template(docType: string): CompiledTemplate;
  /** The DOCX writer. */
  writeDocx(model: DocumentModel, input: DocumentInput): Uint8Array;
  /** Absent (the library without a register): `so: auto` is refused. */
  number?: NumberPort;
  /** Writes the bytes (atomically); returns where they went. */
  write(bytes: Uint8Array): Promise<string>;
};

export type Checked = { findings: Finding[]; notChecked: NotChecked[] };

export type Built = { output: string; bytes: number; number?: string; checked: Checked };

/** Under --strict, findings stop the build: nothing is written (exit 1, or the batch item fails). */
export class FindingsError extends Error {
  constructor(
    readonly file: string,
    readonly checked: Checked,
  ) {
    super(`${checked.findings.length} finding(s)`);
    this.name = 'FindingsError';
  }
}

export async function buildDocument(source: DocumentSource, settings: BuildSettings, ports: BuildPorts): Promise<Built> {
  const { input, parsed, text, file } = load(source, settings);
  const template = ports.template(input.loai);
  const model = renderDocument(input, template);
  const checked = check({ text, parsed, input, model }, settings);
  if (settings.strict && checked.findings.length > 0) throw new FindingsError(file, checked);
  if (input.so_ky_hieu.so === 'auto') {
    if (!ports.number) throw new InputError([diagnostic('number-auto', file, undefined)]);
    const render = (numbered: DocumentInput) => ports.writeDocx(renderDocument(numbered, template), numbered);
    return { ...(await ports.number(input, { render, write: ports.write })), checked };
  }
  const bytes = ports.writeDocx(model, input);
  return { output: await ports.write(bytes), bytes: bytes.byteLength, checked };
}

type Loaded = { input: DocumentInput; parsed: ParsedYaml; text: string; file: string };

/** Load and validate (throws InputError with every problem, at file:line:col). */
function load(source: DocumentSource, settings: BuildSettings): Loaded {
  const options = { config: settings.config, assignNumber: settings.assignNumber };
  if ('merge' in source) {
    const { merge, row } = source;
    return { ...fillMergeRow(merge, row, settings.profile, options), text: merge.text, file: merge.file };
  }
  const loaded = checkInputWithSource(parseDocumentYaml(source.text, source.file), source.file, settings.profile, options);
  return { ...loaded, text: source.text, file: source.file };
}

function check(source: { text: string; parsed: ParsedYaml; input: DocumentInput; model: DocumentModel }, settings: BuildSettings): Checked {
  const doc = yamlDocument({ ...source, profile: settings.profile });
  const result = runRules(doc, { profile: settings.profile, today: settings.today, rules: RULES, settings: settings.rules });
  // A finding has the severity `congvan check` gives it; --strict makes every one an error
  // (as `check --strict`) and stops the build, without it none stops the build.
  const strict: Severity = 'error';
  return { findings: settings.strict ? result.findings.map((f) => ({ ...f, severity: strict })) : result.findings, notChecked: result.notChecked };
}
