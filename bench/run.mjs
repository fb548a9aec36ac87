// npm run bench: every figure is a ratio to a baseline measured in the same run.
import { coldStart } from './cold-start.mjs';

const cold = coldStart();
console.log('congvan benchmark');
console.log(`  cold start: congvan build examples/cong-van.yaml ${cold.build.toFixed(1)} ms / node -e '' ${cold.baseline.toFixed(1)} ms = ${cold.ratio.toFixed(2)}× (floor ≤ 2.5×)`);
