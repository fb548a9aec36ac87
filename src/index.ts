// congvan as a library: YAML text in, DOCX bytes out. The CLI is a thin layer over this.
import { existsSync, readFileSync } from 'node:fs';
import { diagnostic, InputError } from './core/diagnostics';
import { loadInput } from './core/load/load-input';
import type { DocumentModel } from './core/model/document';
import type { DocumentInput } from './core/model/input';
import { parseProfile, ProfileError, type Profile } from './core/profile/profile';
import { compileTemplate, type CompiledTemplate, type TemplateSource } from './core/render/handlebars-env';
import precompiled from './generated/templates.js';
import { renderDocument } from './core/render/render-document';
import { writeDocx } from './docx/write-docx';
import { listPackageFiles, readPackageFile } from './package-files';

export { InputError } from './core/diagnostics';
export type { Diagnostic } from './core/diagnostics';
export type { DocumentModel } from './core/model/document';
export type { DocumentInput } from './core/model/input';
export type { Profile } from './core/profile/profile';

export const DEFAULT_PROFILE = 'hd36-2018';

const TYPE_NAMES: Record<string, string> = { 'cong-van': 'Công văn' };

export type BuildOptions = {
  /** Shown in messages (file:line:col). */
  file?: string;
  /** A profile name from profiles/, or a path to a profile YAML file. */
  profile?: string;
  /** Fixed timestamp for the package (SOURCE_DATE_EPOCH); defaults to the document date. */
  timestamp?: Date;
};

const profiles = new Map<string, Profile>();
const templates = new Map<string, CompiledTemplate>();

/** Loads a profile by name (profiles/<name>.yaml) or by path; cached per process. */
export function loadProfile(nameOrPath: string = DEFAULT_PROFILE): Profile {
  const cached = profiles.get(nameOrPath);
  if (cached) return cached;
  const known = listPackageFiles('profiles', '.yaml');
  const isPath = /[/\\]|\.ya?ml$/.test(nameOrPath);
  if (!isPath && !known.includes(nameOrPath)) {
    throw new InputError([diagnostic('profile-unknown', nameOrPath, undefined, { name: nameOrPath, allowed: known.join(', ') })]);
  }
  if (isPath && !existsSync(nameOrPath)) {
    throw new InputError([diagnostic('profile-unknown', nameOrPath, undefined, { name: nameOrPath, allowed: known.join(', ') })]);
  }
  try {
    const text = isPath ? readFileSync(nameOrPath, 'utf8') : readPackageFile('profiles', `${nameOrPath}.yaml`);
    const profile = parseProfile(text);
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

/** YAML text → validated input (throws InputError with diagnostics). */
export function parseInput(yamlText: string, options: BuildOptions = {}): DocumentInput {
  return loadInput(yamlText, options.file ?? '<input>', loadProfile(options.profile));
}

/** Validated input → document model (the structure the templates give it). */
export function renderModel(input: DocumentInput): DocumentModel {
  return renderDocument(input, loadTemplate(input.loai));
}

/** YAML text → DOCX bytes. */
export async function buildDocx(yamlText: string, options: BuildOptions = {}): Promise<Uint8Array> {
  const input = loadInput(yamlText, options.file ?? '<input>', loadProfile(options.profile));
  return buildDocxFromInput(input, options);
}

/** Validated input → DOCX bytes (a mail merge validates each row's copy itself). */
export function buildDocxFromInput(input: DocumentInput, options: BuildOptions = {}): Uint8Array {
  const profile = loadProfile(options.profile);
  return writeDocx(renderModel(input), { profile, timestamp: options.timestamp, typeName: TYPE_NAMES[input.loai] });
}
