#!/usr/bin/env node
// Shim: runs dist/cli.cjs through a V8 code cache (dist/cli.cache), so a cold start does not
// recompile the bundle. A missing or stale cache (another Node) is rebuilt after the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const file = new URL('../dist/cli.cjs', import.meta.url);
// A fresh clone after `npm ci` has no dist/ yet (the build is not an install script, so an
// installed package has no script of its own to approve): its first run builds it.
const buildScript = new URL('../scripts/build.mjs', import.meta.url);
if (!existsSync(file) && existsSync(buildScript)) {
  const built = spawnSync(process.execPath, [fileURLToPath(buildScript)], { stdio: ['ignore', 2, 2] });
  if (built.status !== 0) process.exit(2);
}
const cacheFile = new URL('../dist/cli.cache', import.meta.url);
let cachedData;
try { cachedData = readFileSync(cacheFile); } catch { /* first run */ }
const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(wrapper, { filename: file.pathname, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file.pathname, new URL('.', file).pathname);
process.exitCode = await module.exports.run({ argv: process.argv.slice(2), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
if (!cachedData || script.cachedDataRejected) {
  try { writeFileSync(cacheFile, script.createCachedData()); } catch { /* read-only install: run without */ }
}
