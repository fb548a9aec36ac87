// Files shipped with the package (templates, profiles): found from this module's location,
// which is src/ when run from source and dist/ when bundled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates')) || !existsSync(join(dir, 'profiles'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('congvan: templates/ and profiles/ not found');
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();

export function readPackageFile(...parts: string[]): string {
  return readFileSync(join(packageRoot, ...parts), 'utf8');
}

export function listPackageFiles(folder: string, extension: string): string[] {
  return readdirSync(join(packageRoot, folder))
    .filter((f) => f.endsWith(extension))
    .map((f) => f.slice(0, -extension.length))
    .sort();
}
