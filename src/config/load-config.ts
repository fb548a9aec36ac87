// Finds and reads congvan.config.yaml for a command; its text is kept for error excerpts.
import { findConfigFile, parseConfig, type OrgConfig } from '../index';
import { readTextFile } from '../files/read-file';

/** --config wins; else the nearest congvan.config.yaml from `startDir` up; else none. */
export function loadConfigFor(explicit: string | undefined, startDir: string, sources: Map<string, string>): OrgConfig | undefined {
  const path = explicit ?? findConfigFile(startDir);
  if (!path) return undefined;
  const text = readTextFile(path);
  sources.set(path, text);
  return parseConfig(text, path);
}
