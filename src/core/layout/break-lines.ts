// Where to break a line that does not fit: the fewest lines, as even as possible, and never
// one word alone on a line when another choice exists. Words joined by hard glue stay
// together; soft glue (a compound word) is split only when balance is much better for it.
import type { Glue } from './glue';

/** Penalty for a line holding one word only (the last line weighs most: a "widow"). */
const LONE_WORD = 4;
const LONE_LAST_WORD = 16;
/** Penalty for a break inside a compound word ('soft' glue). */
const SPLIT_COMPOUND = 1;

/**
 * Indices i of the gaps (after words[i]) that become line breaks; [] when everything fits on
 * one line. `widths` are the words' widths, `space` the width of a space, all in points.
 */
export function chooseBreaks(widths: readonly number[], space: number, glue: readonly Glue[], maxWidth: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0) + space * Math.max(widths.length - 1, 0);
  if (total <= maxWidth || widths.length < 2) return [];
  let units = groupUnits(widths, space, glue);
  // A unit wider than the column cannot be kept whole: let it break between its words.
  if (units.some((u) => u.width > maxWidth)) {
    const tooWide = units.filter((u) => u.width > maxWidth);
    units = groupUnits(widths, space, glue.map((g, i) => (tooWide.some((u) => i >= u.first && i < u.first + u.words - 1) ? undefined : g)));
  }
  const soft = units.map((u) => glue[u.first + u.words - 1] === 'soft');
  const best = [0, 1].map((extra) => bestOf(units, soft, space, maxWidth, extra)).filter((b) => b !== undefined);
  if (best.length === 0) return [];
  const chosen = best[0]!.loneLast && best[1] && !best[1].loneLast ? best[1] : best[0]!;
  return chosen.breaks.map((u) => units[u]!.first + units[u]!.words - 1);
}

type Unit = { first: number; words: number; width: number };

function groupUnits(widths: readonly number[], space: number, glue: readonly Glue[]): Unit[] {
  const units: Unit[] = [];
  widths.forEach((w, i) => {
    const last = units.at(-1);
    if (last && glue[i - 1] === 'hard') {
      last.words++;
      last.width += space + w;
    } else units.push({ first: i, words: 1, width: w });
  });
  return units;
}

type Plan = { breaks: number[]; loneLast: boolean };

/** The best plan with (fewest possible + extra) lines, by dynamic programming over units. */
function bestOf(units: readonly Unit[], softAfter: readonly boolean[], space: number, maxWidth: number, extra: number): Plan | undefined {
  const n = units.length;
  const prefix = [0];
  for (const u of units) prefix.push(prefix.at(-1)! + u.width);
  const width = (a: number, b: number) => prefix[b + 1]! - prefix[a]! + space * (b - a);
  // fewest lines, greedily
  let lines = 1;
  for (let i = 0, w = -space; i < n; i++) {
    w += space + units[i]!.width;
    if (w > maxWidth && i > 0) {
      lines++;
      w = units[i]!.width;
    }
  }
  const k = lines + extra;
  if (k > n) return undefined;
  // cost[l][j]: units 0..j-1 on l lines; from[l][j]: where the last of those lines starts
  const cost = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  const unitSq = maxWidth * maxWidth;
  for (let l = 1; l <= k; l++) {
    for (let j = 1; j <= n; j++) {
      for (let i = j - 1; i >= 0; i--) {
        const w = width(i, j - 1);
        if (w > maxWidth) break;
        if (cost[l - 1]![i] === Infinity) continue;
        const lone = j - i === 1 && units[i]!.words === 1;
        const penalty = lone ? (l === k && j === n ? LONE_LAST_WORD : LONE_WORD) * unitSq : 0;
        const split = j < n && softAfter[j - 1] ? SPLIT_COMPOUND * unitSq : 0;
        const c = cost[l - 1]![i]! + (maxWidth - w) ** 2 + penalty + split;
        if (c < cost[l]![j]!) {
          cost[l]![j] = c;
          from[l]![j] = i;
        }
      }
    }
  }
  if (cost[k]![n] === Infinity) return undefined;
  const starts: number[] = [];
  for (let l = k, j = n; l > 0; l--) {
    j = from[l]![j]!;
    starts.unshift(j);
  }
  const lastStart = starts.at(-1)!;
  return {
    breaks: starts.slice(1).map((s) => s - 1),
    loneLast: n - lastStart === 1 && units[lastStart]!.words === 1,
  };
}
