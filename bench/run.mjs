// npm run bench: every figure is a ratio to a baseline measured in the same run.
import { availableParallelism, cpus } from 'node:os';
import { batchBench } from './batch.mjs';
import { coldStart } from './cold-start.mjs';

console.log(`congvan benchmark · ${cpus()[0]?.model.trim()} × ${availableParallelism()} · Node ${process.versions.node}`);
const cold = coldStart();
console.log(`  cold start: congvan build examples/cong-van.yaml ${cold.build.toFixed(1)} ms / node -e '' ${cold.baseline.toFixed(1)} ms = ${cold.ratio.toFixed(2)}× (floor ≤ 2.5×)`);
const b = await batchBench();
console.log(`  batch of ${b.docs} (mail merge of examples/cong-van.yaml):`);
console.log(`    congvan build --data  ${b.congvan.perSecond.toFixed(1)} docs/s, peak RSS ${b.congvan.peakMiB.toFixed(0)} MiB`);
console.log(`    docx baseline         ${b.baseline.perSecond.toFixed(1)} docs/s, peak RSS ${b.baseline.peakMiB.toFixed(0)} MiB`);
console.log(`    ratio ${b.ratio.toFixed(2)}× (floor ≥ 2×)`);
console.log(`  batch of ${b.large.docs}: ${b.large.perSecond.toFixed(1)} docs/s, peak RSS ${b.large.peakMiB.toFixed(0)} MiB (floor < 200 MiB; ${b.congvan.peakMiB.toFixed(0)} MiB at ${b.docs})`);
