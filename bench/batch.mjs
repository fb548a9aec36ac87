// Batch throughput and memory (issue 5): 1,000 dispatches from examples/cong-van.yaml with a
// data file, built by `congvan build --data` and by bench/baseline-docx.mjs (the docx package
// used directly, one document after another), in the same run, alternating, best of
// BENCH_ROUNDS each; then 10,000 documents for peak memory. Peak RSS is the child process's
// VmHWM (Linux /proc), sampled while it runs; worker threads are inside that process.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

/** The example with its number and addressee turned into placeholders, and N rows for them. */
function prepare(dir, n) {
  const template = readFileSync(join(root, 'examples/cong-van.yaml'), 'utf8')
    .replace(/so: "1023"/, 'so: "{{so}}"')
    .replace(/^kinh_gui: .*$/m, 'kinh_gui: "{{kinh_gui}}"');
  if (!template.includes('{{so}}') || !template.includes('{{kinh_gui}}')) throw new Error('examples/cong-van.yaml changed: update bench/batch.mjs');
  writeFileSync(join(dir, 'cong-van.yaml'), template);
  const rows = Array.from({ length: n }, (_, i) => `${1000 + i},"Chi bộ số ${i + 1}, Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh."`);
  writeFileSync(join(dir, `rows-${n}.csv`), `so,kinh_gui\n${rows.join('\n')}\n`);
  return { yaml: join(dir, 'cong-van.yaml'), rows: join(dir, `rows-${n}.csv`) };
}

/** Runs a command; resolves with its wall time and peak resident memory. */
function measure(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    child.stderr.on('data', (c) => (stderr += c));
    const sample = () => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      } catch {
        // the process has just ended
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ seconds, peakMiB: peakKb / 1024 });
    });
  });
}

const congvan = (input, out) => [join(root, 'bin/congvan.js'), 'build', input.yaml, '--data', input.rows, '-o', out, '-q'];
const baseline = (input, out) => [join(root, 'bench/baseline-docx.mjs'), input.yaml, input.rows, out];

export async function batchBench() {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-bench-batch-'));
  try {
    const small = prepare(dir, 1000);
    const best = { congvan: undefined, baseline: undefined };
    for (let round = 0; round < rounds; round++) {
      for (const [name, command] of [['baseline', baseline], ['congvan', congvan]]) {
        const out = join(dir, `${name}-${round}`);
        const r = await measure(command(small, out));
        rmSync(out, { recursive: true, force: true });
        if (!best[name] || r.seconds < best[name].seconds) best[name] = r;
      }
    }
    const big = prepare(dir, 10_000);
    const large = await measure(congvan(big, join(dir, 'large')));
    return {
      docs: 1000,
      congvan: { perSecond: 1000 / best.congvan.seconds, peakMiB: best.congvan.peakMiB },
      baseline: { perSecond: 1000 / best.baseline.seconds, peakMiB: best.baseline.peakMiB },
      ratio: best.baseline.seconds / best.congvan.seconds,
      large: { docs: 10_000, perSecond: 10_000 / large.seconds, peakMiB: large.peakMiB },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
