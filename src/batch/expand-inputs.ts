// The YAML files a batch builds: files as given, every *.yaml / *.yml in a directory given,
// and glob patterns (`*`, `?`, `**`) for shells that do not expand them. Each expansion is
// sorted; the list keeps the order of the arguments, without repeats.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { diagnostic, InputError } from '../core/diagnostics';

const YAML_FILE = /\.ya?ml$/i;
const GLOB_CHAR = /[*?]/;

export function expandInputs(args: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const arg of args) {
    const found = expandOne(arg);
    if (found.length === 0) throw new InputError([diagnostic('no-input', arg, undefined, { pattern: arg })]);
    for (const file of found) seen.add(file);
  }
  return [...seen];
}

/** Whether an argument names more than one file (a directory or a pattern). */
export function isCollection(arg: string): boolean {
  return isDirectory(arg) || (GLOB_CHAR.test(arg) && !exists(arg));
}

function expandOne(arg: string): string[] {
  if (isDirectory(arg)) {
    return readdirSync(arg, { withFileTypes: true })
      .filter((e) => e.isFile() && YAML_FILE.test(e.name))
      .map((e) => join(arg, e.name))
      .sort();
  }
  if (GLOB_CHAR.test(arg) && !exists(arg)) return expandGlob(arg);
  return [arg];
}

function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => GLOB_CHAR.test(p));
  const base = parts.slice(0, firstMagic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(parts.slice(firstMagic).join('/'));
  const recursive = parts.slice(firstMagic).includes('**') || parts.length - firstMagic > 1;
  let files: string[];
  try {
    files = readdirSync(base, { recursive }) as string[];
  } catch {
    return [];
  }
  return files
    .map((f) => f.split(sep).join('/'))
    .filter((f) => matcher.test(f) && !f.split('/').some((s) => s.startsWith('.')))
    .map((f) => (base === '.' && !pattern.startsWith('./') ? f : join(base, f)))
    .filter((f) => !isDirectory(f))
    .sort();
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) (source += '(?:.*/)?', (i += 2));
    else if (glob.startsWith('**', i)) (source += '.*', (i += 1));
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
