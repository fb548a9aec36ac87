// Every check rule runs in linear time: with a 1 MB value in any text field, each rule takes
// under 2 s of CPU (a quadratic regex takes minutes at that size; the linear rules take well
// under 1 s). Measured with process.cpuUsage, which other processes do not inflate.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit } from 'yaml';
import { presetSettings } from '../../src/core/check/config';
import { runRules } from '../../src/core/check/engine';
import { RULES } from '../../src/core/check/rules';
import { yamlDocument } from '../../src/core/check/yaml-document';
import { loadInputWithSource } from '../../src/core/load/load-input';
import { profileFor, renderModel } from '../../src/index';

const MB = 1024 * 1024;
const BOUND_MS = 2000;

/** The example with its n-th string value replaced by `value`. */
function withValue(example: string, n: number, value: string): string {
  const doc = parseDocument(readFileSync(`examples/${example}.yaml`, 'utf8'));
  let i = 0;
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && i++ === n) node.value = value;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function stringCount(example: string): number {
  let count = 0;
  visit(parseDocument(readFileSync(`examples/${example}.yaml`, 'utf8')), { Scalar: (key, node) => void (key !== 'key' && isScalar(node) && typeof node.value === 'string' && count++) });
  return count;
}

/** The most CPU milliseconds one rule takes on `text` (parsing and rendering are not counted). */
function ruleCpuMs(text: string): number {
  const profile = profileFor({});
  const { input, parsed } = loadInputWithSource(text, 'big.yaml', profile);
  const doc = yamlDocument({ text, parsed, input, model: renderModel(input), profile });
  let most = 0;
  for (const rule of RULES) {
    const start = process.cpuUsage();
    runRules(doc, { profile, today: '2030-01-01', rules: [rule], settings: presetSettings() });
    const used = process.cpuUsage(start);
    most = Math.max(most, (used.user + used.system) / 1000);
  }
  return most;
}

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('check rules run in linear time', () => {
  // The cases that were quadratic: a long word (text-legacy-encoding), commas before "ngày"
  // (date-place). (A long run of blanks is not here: the yaml package's own line folding is
  // quadratic in it, before any rule runs; see the README's limits.)
  it.each([
    ['a place made of 1 MB of commas', 'cong-van', 'Thanh Hoá', repeat(',', MB)],
    ['a 1 MB word', 'cong-van', 'Các đảng uỷ, chi bộ cơ sở trực thuộc.', repeat('Ò', MB)],
  ])('%s', (_name, example, original, value) => {
    const text = readFileSync(`examples/${example}.yaml`, 'utf8').replace(original, JSON.stringify(value));
    expect(text).toContain(value.slice(0, 10));
    expect(ruleCpuMs(text)).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('holds for a 1 MB value of any repeated text in any field of any example', () => {
    const examples = ['cong-van', 'nghi-quyet', 'to-trinh'];
    const units = fc.oneof(
      fc.constantFrom(',', ', ', '.', ';', 'a', 'Ò', '§¶', '( ', '“ ', 'ngày ', 'ngày 1 tháng ', 'Số ', 'T/M ', '/', '-', '1.', 'I-', 'a) ', '\u200b', 'uỷ ', ' :', './.'),
      fc.string({ minLength: 1, maxLength: 6 }).filter((u) => u.trim() !== ''),
    );
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), units, (example, n, unit) => {
        const text = withValue(example, n % stringCount(example), repeat(unit, MB));
        let ms: number;
        try {
          ms = ruleCpuMs(text);
        } catch {
          return; // a value the input itself refuses (a control character…): nothing to check
        }
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 5, seed: 11 },
    );
  }, 300_000);
});
