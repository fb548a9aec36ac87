// congvan as a library: YAML text in, DOCX bytes out. The CLI is a thin layer over this.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseOrgConfig, type OrgConfig } from './core/config/org-config';
import { diagnostic, InputError } from './core/diagnostics';
import { loadInput, loadInputWithSource } from './core/load/load-input';
import type { ParsedYaml } from './core/load/parse-yaml';
import type { DocumentModel } from './core/model/document';
import { DOC_TYPE_NAMES } from './core/model/glossary';
import type { DocumentInput } from './core/model/input';
import { parseProfile, ProfileError, resolveProfile, type Profile } from './core/profile/profile';
import { compileTemplate, type CompiledTemplate, type TemplateSource } from './core/render/handlebars-env';
import prebuiltProfiles from './generated/profiles.js';
import precompiled from './generated/templates.js';
import { renderDocument } from './core/render/render-document';
import { layoutModel } from './core/layout/layout-model';
import { writeDocx } from './docx/write-docx';
import { listPackageFiles, readPackageFile } from './package-files';

export { InputError } from './core/diagnostics';
export type { Diagnostic } from './core/diagnostics';
export type { DocumentModel } from './core/model/document';
export type { DocumentInput } from './core/model/input';
export type { Profile } from './core/profile/profile';
export type { OrgConfig, Term } from './core/config/org-config';
export { CONFIG_FILE, findConfigFile } from './config/find-config';

export const DEFAULT_PROFILE = 'hd36-2018';


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
};

const profiles = new Map<string, Profile>();
const templates = new Map<string, CompiledTemplate>();

const isProfilePath = (nameOrPath: string): boolean => /[/\\]|\.ya?ml$/.test(nameOrPath);

/** Loads a profile by name (profiles/<name>.yaml) or by path; cached per process. */
export function loadProfile(nameOrPath: string = DEFAULT_PROFILE): Profile {
  const cached = profiles.get(nameOrPath);
  if (cached) return cached;
  const known = listPackageFiles('profiles', '.yaml');
  const isPath = isProfilePath(nameOrPath);
  if (!isPath && !known.includes(nameOrPath)) {
    throw new InputError([diagnostic('profile-unknown', nameOrPath, undefined, { name: nameOrPath, allowed: known.join(', ') })]);
  }
  if (isPath && !existsSync(nameOrPath)) {
    throw new InputError([diagnostic('profile-unknown', nameOrPath, undefined, { name: nameOrPath, allowed: known.join(', ') })]);
  }
  try {
    const text = isPath ? readFileSync(nameOrPath, 'utf8') : readPackageFile('profiles', `${nameOrPath}.yaml`);
    const built = isPath ? undefined : prebuiltProfiles[nameOrPath];
    const profile = built && built.source === text ? resolveProfile(structuredClone(built.data)) : parseProfile(text);
    profiles.set(nameOrPath, profile);
    return profile;
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError([diagnostic('profile-invalid', nameOrPath, undefined, { detail: e.message })]);
    throw e;
  }
}

/** The compiled template of a document type (templates/<type>.hbs + templates/partials). */
export function loadTemplate(docType: string): CompiledTemplate {
  const cached = templates.get(docType);
  if (cached) return cached;
  const partials = Object.fromEntries(
    listPackageFiles('templates/partials', '.hbs').map((name) => [name, templateSource(`partials/${name}`)]),
  );
  const compiled = compileTemplate({ main: templateSource(docType), partials });
  templates.set(docType, compiled);
  return compiled;
}

/** The precompiled spec when the file is unchanged since the build; else the text itself. */
function templateSource(name: string): TemplateSource {
  const text = readPackageFile('templates', `${name}.hbs`);
  const built = precompiled[name];
  return built && built.source === text ? { spec: built.spec } : text;
}

/** congvan.config.yaml text → organisation profile (throws InputError with diagnostics). */
export function parseConfig(yamlText: string, file: string): OrgConfig {
  return parseOrgConfig(yamlText, file);
}

/** Reads and parses a congvan.config.yaml (see findConfigFile). */
export function loadConfig(path: string): OrgConfig {
  return parseConfig(readFileSync(path, 'utf8'), path);
}

/** The profile a build uses: --profile, else the config's ho_so (a path is relative to the config), else the default; with the config's type codes. */
export function profileFor(options: Pick<BuildOptions, 'profile' | 'config'>): Profile {
  const { config } = options;
  const fromConfig = config?.profile && (isProfilePath(config.profile) ? resolve(dirname(config.file), config.profile) : config.profile);
  const profile = loadProfile(options.profile ?? fromConfig ?? DEFAULT_PROFILE);
  if (!config || Object.keys(config.typeCodes).length === 0) return profile;
  // One merged profile per config and profile: a batch's package skeleton is kept per profile
  // object, so a fresh copy for every document would rebuild it every time.
  let byProfile = withTypeCodes.get(config);
  if (!byProfile) withTypeCodes.set(config, (byProfile = new Map()));
  let merged = byProfile.get(profile);
  if (!merged) byProfile.set(profile, (merged = { ...profile, type_codes: { ...profile.type_codes, ...config.typeCodes } }));
  return merged;
}

const withTypeCodes = new WeakMap<OrgConfig, Map<Profile, Profile>>();

/** YAML text → validated input (throws InputError with diagnostics); `so` may be "auto". */
export function parseInput(yamlText: string, options: BuildOptions = {}): DocumentInput {
  const { config, assignNumber } = options;
  return loadInput(yamlText, options.file ?? '<input>', profileFor(options), { config, assignNumber });
}

/** The same, with the parsed YAML it came from (line:col of every value): for `congvan check`. */
export function parseInputWithSource(yamlText: string, options: BuildOptions = {}): { input: DocumentInput; parsed: ParsedYaml } {
  const { config, assignNumber } = options;
  return loadInputWithSource(yamlText, options.file ?? '<input>', profileFor(options), { config, assignNumber });
}

/** Validated input → document model (the structure the templates give it). */
export function renderModel(input: DocumentInput): DocumentModel {
  return renderDocument(input, loadTemplate(input.loai));
}

/** YAML text → DOCX bytes. A document with `so: auto` needs a number first: see docxFromInput. */
export async function buildDocx(yamlText: string, options: BuildOptions = {}): Promise<Uint8Array> {
  const file = options.file ?? '<input>';
  const input = parseInput(yamlText, { ...options, file });
  if (input.so_ky_hieu.so === 'auto') throw new InputError([diagnostic('number-auto', file, undefined)]);
  return docxFromInput(input, options);
}

/** Validated input (with its number) → DOCX bytes; `model` when the caller has rendered it already. */
export function docxFromInput(input: DocumentInput, options: Pick<BuildOptions, 'profile' | 'config' | 'timestamp'> = {}, model = renderModel(input)): Uint8Array {
  const profile = profileFor(options);
  return writeDocx(layoutModel(model, profile), { profile, timestamp: options.timestamp, typeName: DOC_TYPE_NAMES[input.loai] });
}
