// Finds and reads congvan.config.yaml for a command; its text is kept for error excerpts.
import { parseOrgConfig, type OrgConfig } from '../core/config/org-config';
import { readTextFile } from '../files/read-file';
import { findConfigFile } from './find-config';

/** --config wins; else the nearest congvan.config.yaml from `startDir` up; else none. `encoding`: --encoding. */
export function loadConfigFor(explicit: string | undefined, startDir: string, sources: Map<string, string>, encoding?: string): OrgConfig | undefined {
  const path = explicit ?? findConfigFile(startDir);
  if (!path) return undefined;
  const text = readTextFile(path, encoding);
  sources.set(path, text);
  return parseOrgConfig(text, path);
}
