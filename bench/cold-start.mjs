// Cold start of `congvan build examples/cong-van.yaml` as a ratio to `node -e ''`, both
// measured in this run, interleaved, median of N. Floor (issue 3): ≤ 2.5×.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const out = join(mkdtempSync(join(tmpdir(), 'congvan-bench-')), 'cv.docx');

const commands = {
  baseline: [process.execPath, ['-e', '']],
  build: [process.execPath, [join(root, 'bin/congvan.js'), 'build', join(root, 'examples/cong-van.yaml'), '-o', out, '-q']],
};

function time([cmd, args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function coldStart() {
  time(commands.build); // the first run after a build warms the OS file cache
  const samples = { baseline: [], build: [] };
  for (let i = 0; i < runs; i++) {
    samples.baseline.push(time(commands.baseline));
    samples.build.push(time(commands.build));
  }
  const baseline = median(samples.baseline);
  const build = median(samples.build);
  return { baseline, build, ratio: build / baseline };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = coldStart();
  console.log(`cold start (median of ${runs}): node -e '' ${r.baseline.toFixed(1)} ms · congvan build ${r.build.toFixed(1)} ms · ratio ${r.ratio.toFixed(2)}× (floor ≤ 2.5×)`);
}
