// The `check:` section of congvan.config.yaml (or of the file given with --config). Only that
// section is read here; other sections belong to other commands.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCheckSettings, presetSettings, type CheckSettings } from '../core/check/config';
import { diagnostic, InputError } from '../core/diagnostics';
import { parseYaml } from '../core/load/parse-yaml';

export const CONFIG_FILE = 'congvan.config.yaml';

export function loadCheckSettings(explicit: string | undefined, cwd: string): CheckSettings {
  const path = explicit ?? join(cwd, CONFIG_FILE);
  if (!explicit && !existsSync(path)) return presetSettings();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError([diagnostic('file-read', path, undefined, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
  const { settings, problems } = readCheckSettings(parseYaml(text, path), path);
  if (problems.length > 0) throw new InputError(problems);
  return settings;
}
