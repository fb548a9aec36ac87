// vitest globalSetup: builds src/generated and dist/ (scripts/build.mjs) before any test, so a
// stale validator, template bundle or worker script can never pass a test run. A failed build
// fails the run.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(fileURLToPath(import.meta.url), '../..');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
}
