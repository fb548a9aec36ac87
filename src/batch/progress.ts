// A one-line progress bar on a terminal's stderr: done/total, documents per second, time left.
// Redrawn at most every 100 ms; erased before the summary is printed.
import type { Lang } from '../core/messages';

const WIDTH = 24;
const REDRAW_MS = 100;

export type Progress = { update(done: number): void; clear(): void };

export function createProgress(stream: NodeJS.WritableStream, total: number, lang: Lang, now: () => number): Progress {
  const start = now();
  let last = -Infinity;
  return {
    update(done) {
      const t = now();
      if (t - last < REDRAW_MS && done < total) return;
      last = t;
      const seconds = (t - start) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
      const filled = Math.round((done / total) * WIDTH);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`;
      const eta = left === undefined ? '' : lang === 'vi' ? ` · còn ${left} s` : ` · ${left} s left`;
      const unit = lang === 'vi' ? 'văn bản/s' : 'docs/s';
      stream.write(`\r${bar} ${done}/${total} · ${rate.toFixed(1)} ${unit}${eta}\x1b[K`);
    },
    clear() {
      if (last !== -Infinity) stream.write('\r\x1b[K');
    },
  };
}
