// The package's own files, loaded once per process: format profiles (by name or path) and the
// compiled templates, prebuilt by scripts/build.mjs when unchanged since.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { OrgConfig } from './core/config/org-config';
import { diagnostic, InputError } from './core/diagnostics';
import { parseProfileText } from './core/load/load-profile';
import { ProfileError, resolveProfile, type Profile } from './core/profile/profile';
import { compileTemplate, type CompiledTemplate, type TemplateSource } from './core/render/handlebars-env';
import prebuiltProfiles from './generated/profiles.js';
import precompiled from './generated/templates.js';
import { listPackageFiles, readPackageFile } from './package-files';

export const DEFAULT_PROFILE = 'hd36-2018';


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
    // A bundled profile was checked against its schema by scripts/build.mjs; any other is checked here.
    const profile = built && built.source === text ? resolveProfile(structuredClone(built.data)) : parseProfileText(text, nameOrPath);
    profiles.set(nameOrPath, profile);
    return profile;
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError([diagnostic('profile-invalid', nameOrPath, undefined, { detail: e.message, detailEn: e.message })]);
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

/** The profile a build uses: --profile, else the config's ho_so (a path is relative to the config), else the default; with the config's type codes. */
export function profileFor(options: { profile?: string; config?: OrgConfig }): Profile {
  const { config } = options;
  const fromConfig = config?.profile && (isProfilePath(config.profile) ? resolve(dirname(config.file), config.profile) : config.profile);
  const profile = loadProfile(options.profile ?? fromConfig ?? DEFAULT_PROFILE);
  if (!config || Object.keys(config.typeCodes).length === 0) return profile;
  // One merged profile per config and profile: the writer keeps the profile's package parts
  // per profile object, so a fresh copy for every document would rewrite them every time.
  let byProfile = withTypeCodes.get(config);
  if (!byProfile) withTypeCodes.set(config, (byProfile = new Map()));
  let merged = byProfile.get(profile);
  if (!merged) byProfile.set(profile, (merged = { ...profile, type_codes: { ...profile.type_codes, ...config.typeCodes } }));
  return merged;
}

const withTypeCodes = new WeakMap<OrgConfig, Map<Profile, Profile>>();

