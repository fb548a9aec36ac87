// Writes docs/rules.md from the rule metas (src/core/check/rules-markdown.ts, bundled in memory).
// tests/core/check/rules-meta.test.ts fails when docs/rules.md is stale.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({ entryPoints: [join(root, 'src/core/check/rules-markdown.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
const module = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
writeFileSync(join(root, 'docs/rules.md'), module.exports.rulesMarkdown());
