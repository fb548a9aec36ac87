// The rule settings for a file: the `check:` section of its organisation profile
// (congvan.config.yaml, found as for build), else the preset.
import { presetSettings, readCheckSettings, type CheckSettings } from '../core/check/config';
import type { OrgConfig } from '../core/config/org-config';
import { InputError } from '../core/diagnostics';

export function checkSettingsOf(config: OrgConfig | undefined): CheckSettings {
  if (!config) return presetSettings();
  const { settings, problems } = readCheckSettings(config.parsed, config.file);
  if (problems.length > 0) throw new InputError(problems);
  return settings;
}
