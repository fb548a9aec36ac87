// congvan as a library: YAML text in, DOCX bytes out. The CLI is a thin layer over this.
import { readFileSync } from 'node:fs';
import { parseOrgConfig, type OrgConfig } from './core/config/org-config';
import { loadInput } from './core/load/load-input';
import { presetSettings, readCheckSettings } from './core/check/config';
import type { Finding, NotChecked } from './core/check/types';
import { buildDocument, type BuildPorts, type BuildSettings } from './core/pipeline/build-document';
import type { DocumentModel } from './core/model/document';
import { DOC_TYPE_NAMES } from './core/model/glossary';
import type { DocumentInput } from './core/model/input';
import { renderDocument } from './core/render/render-document';
import { writeDocx } from './docx/write-docx';
import { loadTemplate, profileFor } from './package-data';
import { todayOf } from './clock';

export { InputError } from './core/diagnostics';
export { FindingsError, buildDocument } from './core/pipeline/build-document';
export type { BuildPorts, BuildSettings, Built, DocumentSource, NumberPort } from './core/pipeline/build-document';
export type { Finding, NotChecked } from './core/check/types';
export { checkDocx, checkYaml as check, type CheckOptions, type FileCheck } from './check-document';
export type { Diagnostic } from './core/diagnostics';
export type { DocumentModel } from './core/model/document';
export type { DocumentInput } from './core/model/input';
export type { Profile } from './core/profile/profile';
export type { OrgConfig, Term } from './core/config/org-config';
export { CONFIG_FILE, findConfigFile } from './config/find-config';
export { DEFAULT_PROFILE, loadProfile, loadTemplate, profileFor } from './package-data';

export type BuildOptions = {
  /** Shown in messages (file:line:col). */
  file?: string;
  /** A profile name from profiles/, or a path to a profile YAML file. */
  profile?: string;
  /** Fixed timestamp for the package (SOURCE_DATE_EPOCH); defaults to the document date. */
  timestamp?: Date;
  /** The organisation profile (congvan.config.yaml): defaults, profile, type codes. */
  config?: OrgConfig;
  /** Treat the document as `so: auto` (the caller takes the number from the register). */
  assignNumber?: boolean;
  /** A finding of the rules stops the build (FindingsError). */
  strict?: boolean;
  /** ISO yyyy-MM-dd for the date rules; defaults to today. */
  today?: string;
};

/** congvan.config.yaml text → organisation profile (throws InputError with diagnostics). */
export function parseConfig(yamlText: string, file: string): OrgConfig {
  return parseOrgConfig(yamlText, file);
}

/** Reads and parses a congvan.config.yaml (see findConfigFile). */
export function loadConfig(path: string): OrgConfig {
  return parseConfig(readFileSync(path, 'utf8'), path);
}

/** YAML text → validated input (throws InputError with diagnostics); `so` may be "auto". */
export function parseInput(yamlText: string, options: BuildOptions = {}): DocumentInput {
  const { config, assignNumber } = options;
  return loadInput(yamlText, options.file ?? '<input>', profileFor(options), { config, assignNumber });
}

/** Validated input → document model (the structure the templates give it). */
export function renderModel(input: DocumentInput): DocumentModel {
  return renderDocument(input, loadTemplate(input.loai));
}

/** The pipeline's settings for a build with these options (rules: the config's `check:` section, else the preset). */
export function buildSettings(options: BuildOptions = {}): BuildSettings {
  const { config } = options;
  // A mistake in the config's check: section does not stop a build (`congvan check` reports it).
  const rules = config ? readCheckSettings(config.parsed, config.file).settings : presetSettings();
  return { profile: profileFor(options), config, assignNumber: options.assignNumber, rules, today: options.today ?? todayOf(), strict: options.strict === true };
}

/** The ports every build shares: the templates and the DOCX writer (the number and write ports are the caller's). */
export function documentPorts(options: Pick<BuildOptions, 'profile' | 'config' | 'timestamp'> = {}): Pick<BuildPorts, 'template' | 'writeDocx'> {
  const profile = profileFor(options);
  return {
    template: loadTemplate,
    writeDocx: (model, input) => writeDocx(model, { profile, timestamp: options.timestamp, typeName: DOC_TYPE_NAMES[input.loai] }),
  };
}

export type BuildResult = { docx: Uint8Array; findings: Finding[]; notChecked: NotChecked[] };

/**
 * YAML text → DOCX bytes and what the rules found, through the same pipeline as `congvan build`.
 * Throws InputError for a bad input, FindingsError for a finding under `strict`; `so: auto`
 * needs the register (congvan build), so it is refused here.
 */
export async function build(yamlText: string, options: BuildOptions = {}): Promise<BuildResult> {
  let docx: Uint8Array | undefined;
  const write = async (bytes: Uint8Array) => ((docx = bytes), '-');
  const built = await buildDocument({ text: yamlText, file: options.file ?? '<input>' }, buildSettings(options), { ...documentPorts(options), write });
  return { docx: docx!, findings: built.checked.findings, notChecked: built.checked.notChecked };
}

/** YAML text → DOCX bytes (see build). */
export async function buildDocx(yamlText: string, options: BuildOptions = {}): Promise<Uint8Array> {
  return (await build(yamlText, options)).docx;
}
