// Which gaps between words may not become line breaks ('hard'): inside a name (a province or
// city, an organisation), between a number and its unit or label, inside a range "2020 - 2025",
// and, for the place-date line, everywhere but after the place's comma. The date
// "ngày 15 tháng 12 năm 2024" is held by the number rules alone (ngày–15–tháng–12–năm–2024).
// 'soft': inside a common compound word ("cơ quan"), avoided when there is a choice.
import type { LineBreaking, Profile } from '../profile/profile';
import { nameKeys, wordKey } from './name-key';

export type Glue = 'hard' | 'soft' | undefined;

/** Word-key sequences by their first key, longest first. */
export type NameIndex = ReadonlyMap<string, readonly string[][]>;

export type GlueRules = {
  readonly names: NameIndex;
  readonly compounds: NameIndex;
  readonly unitsAfter: readonly string[][];
  readonly labelsBefore: readonly string[][];
};

const rulesCache = new WeakMap<object, GlueRules>();

/** The profile's names (with every place) as word keys: also what `check --render` looks for. */
export function keptNames(profile: Pick<Profile, 'places' | 'line_breaking'>): string[] {
  return [...(profile.line_breaking?.names ?? []), ...Object.values(profile.places ?? {}).flat()];
}

/** The profile's rules as word keys, made once per profile object. */
export function glueRules(profile: Pick<Profile, 'places' | 'line_breaking'>, lb: LineBreaking): GlueRules {
  let rules = rulesCache.get(profile);
  if (!rules) {
    const keys = (list: readonly string[]) => list.map((n) => n.split(/\s+/).map(wordKey));
    rules = {
      names: indexByFirst(nameKeys(keptNames(profile))),
      compounds: indexByFirst(nameKeys(lb.compounds ?? [])),
      unitsAfter: keys(lb.units_after_number),
      labelsBefore: keys(lb.labels_before_number),
    };
    rulesCache.set(profile, rules);
  }
  return rules;
}

export function indexByFirst(seqs: readonly string[][]): NameIndex {
  const index = new Map<string, string[][]>();
  for (const seq of seqs) {
    const list = index.get(seq[0]!) ?? [];
    list.push(seq);
    index.set(seq[0]!, list);
  }
  return index;
}

export const NUMBER = /^\d[\d.,/\-–]*$/;
const DASH = /^[-–]$/;

/** glue[i]: whether words[i] and words[i + 1] should stay on one line. */
export function glueOf(words: readonly string[], rules: GlueRules, breakAfterPlaceOnly = false): Glue[] {
  const glue = new Array<Glue>(Math.max(words.length - 1, 0)).fill(undefined);
  if (breakAfterPlaceOnly) {
    const comma = words.findIndex((w) => w.endsWith(','));
    return glue.map((_, i) => (i === comma ? undefined : 'hard'));
  }
  const keys = words.map(wordKey);
  const matchAt = (at: number, seq: readonly string[]) => at >= 0 && at + seq.length <= keys.length && seq.every((k, j) => keys[at + j] === k);
  const hold = (from: number, to: number, kind: Glue) => {
    for (let i = Math.max(from, 0); i < Math.min(to, glue.length); i++) if (glue[i] !== 'hard') glue[i] = kind;
  };
  for (let i = 0; i < keys.length; i++) {
    const compound = rules.compounds.get(keys[i]!)?.find((seq) => matchAt(i, seq));
    if (compound) hold(i, i + compound.length - 1, 'soft');
    const name = rules.names.get(keys[i]!)?.find((seq) => matchAt(i, seq));
    if (name) hold(i, i + name.length - 1, 'hard');
    if (DASH.test(keys[i]!) && NUMBER.test(keys[i - 1] ?? '') && NUMBER.test(keys[i + 1] ?? '')) hold(i - 1, i + 1, 'hard');
    if (!NUMBER.test(keys[i]!)) continue;
    const unit = rules.unitsAfter.find((seq) => matchAt(i + 1, seq));
    if (unit) hold(i, i + unit.length, 'hard');
    const label = rules.labelsBefore.find((seq) => matchAt(i - seq.length, seq));
    if (label) hold(i - label.length, i, 'hard');
  }
  return glue;
}
