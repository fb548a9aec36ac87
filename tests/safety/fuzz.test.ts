// Issue 11, item 9: every example, mutated (bytes, keys, types, aliases, huge values,
// encodings), through `build` and `check` in-process. Whatever the input, the exit code is 0,
// 1 or 2, never an internal error, and exit 2 leaves no file behind. Fixed seeds: the same
// cases on every run; a failure prints the seed and the shrunk case.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { docxWithRepeated, notWord, overlapBomb } from '../helpers/hostile-docx';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml')).sort();
const texts = EXAMPLES.map((f) => readFileSync(join('examples', f), 'utf8'));

type Mutation =
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'key'; line: number; key: string }
  | { kind: 'type'; line: number; value: string }
  | { kind: 'alias'; line: number; alias: string }
  | { kind: 'huge'; line: number; unit: string; size: number }
  | { kind: 'encoding'; encoding: 'utf16le' | 'utf16be' | 'latin1' | 'bom' };

const line = fc.nat(400);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('key' as const), line, key: fc.constantFrom('__proto__', 'constructor', 'loai', 'so_ky_hieu', 'ngay', 'x', '"a: b"', '? k', '<<', '[]', '{}', 'toString') }),
  fc.record({ kind: fc.constant('type' as const), line, value: fc.constantFrom('[]', '{}', '[1, 2]', '{a: 1}', 'null', '~', '123', '1e309', '-0', 'true', '2024-02-30', '!!binary AAAA', '!!str', '!custom x', '"\\u0000"', '|', '>-', '&x', '*x') }),
  fc.record({ kind: fc.constant('alias' as const), line, alias: fc.constantFrom('*a', '&a *a', '&a [*a]', '*undefined', '&a\n  - *a', '&a {b: *a}', '&b x\n*b: 1') }),
  fc.record({ kind: fc.constant('huge' as const), line, unit: fc.constantFrom('x', 'Đảng ', 'Ò', ',', '{{a}}', '§¶', '\u200b', 'ngày ', '- '), size: fc.integer({ min: 1_000, max: 200_000 }) }),
  fc.record({ kind: fc.constant('encoding' as const), encoding: fc.constantFrom('utf16le' as const, 'utf16be' as const, 'latin1' as const, 'bom' as const) }),
);

function mutate(text: string, m: Mutation): Buffer {
  const lines = text.split('\n');
  const at = (n: number) => n % Math.max(1, lines.length);
  const setValue = (n: number, value: string) => {
    const i = at(n);
    const l = lines[i]!;
    const colon = l.indexOf(': ');
    lines[i] = colon > 0 ? `${l.slice(0, colon + 2)}${value}` : `${l.replace(/\S.*$/, '')}- ${value}`;
  };
  switch (m.kind) {
    case 'bytes': {
      const b = Buffer.from(text, 'utf8');
      const i = m.at % (b.length + 1);
      return Buffer.concat([b.subarray(0, i), Buffer.from(m.bytes), b.subarray(i)]);
    }
    case 'delete': {
      const b = Buffer.from(text, 'utf8');
      const i = m.at % (b.length + 1);
      return Buffer.concat([b.subarray(0, i), b.subarray(i + m.length)]);
    }
    case 'key': {
      const i = at(m.line);
      lines[i] = lines[i]!.replace(/^(\s*)[^\s:#-][^:]*:/, `$1${m.key}:`);
      break;
    }
    case 'type':
      setValue(m.line, m.value);
      break;
    case 'alias':
      setValue(m.line, m.alias);
      break;
    case 'huge':
      setValue(m.line, JSON.stringify(m.unit.repeat(Math.ceil(m.size / m.unit.length))));
      break;
    case 'encoding': {
      if (m.encoding === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      if (m.encoding === 'latin1') return Buffer.from(text, 'latin1');
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
      return m.encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    }
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** The outcome is one a user can act on: 0, 1 or 2, no internal error, no file after exit 2. */
async function expectClean(argv: string[], dir: string, before: readonly string[]): Promise<number> {
  const r = await runCli([...argv, '--lang', 'en']);
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toContain('lỗi nội bộ');
  if (r.code === 2) expect(readdirSync(dir).sort()).toEqual(before);
  return r.code;
}

describe('fuzzing', () => {
  it('build and check on mutated examples', async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat(EXAMPLES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, mutations) => {
        const dir = mkdtempSync(join(tmpdir(), 'congvan-fuzz-'));
        try {
          let bytes: Buffer = Buffer.from(texts[index]!, 'utf8');
          for (const m of mutations) bytes = mutate(bytes.toString('utf8'), m);
          writeFileSync(join(dir, 'in.yaml'), bytes);
          const before = readdirSync(dir).sort();
          const code = await expectClean(['build', join(dir, 'in.yaml'), '-o', join(dir, 'out.docx')], dir, before);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          await expectClean(['check', join(dir, 'in.yaml')], dir, before);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 200, seed: 1111, endOnFailure: true },
    );
    // The mutations reach every outcome: some inputs still build, many are refused.
    expect(codes.get(0)).toBeGreaterThan(0);
    expect(codes.get(2)).toBeGreaterThan(0);
  }, 120_000);

  it('check on mutated and hostile .docx files', async () => {
    const dir0 = mkdtempSync(join(tmpdir(), 'congvan-fuzz-'));
    expect((await runCli(['build', join('examples', 'cong-van.yaml'), '-o', join(dir0, 'cv.docx'), '-q'])).code).toBe(0);
    const good = readFileSync(join(dir0, 'cv.docx'));
    const hostile = [notWord(), docxWithRepeated('<w:p/>', 1_000_000), docxWithRepeated('<w:p>', 300), overlapBomb(50, 1), Buffer.alloc(0), Buffer.from('PK\x03\x04')];
    const docx = fc.oneof(
      fc.record({ at: fc.nat(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }) }).map(({ at, bytes }) => {
        const b = Buffer.from(good);
        for (const [k, v] of bytes.entries()) b[(at + k * 97) % b.length] = v;
        return b;
      }),
      fc.nat().map((n) => good.subarray(0, n % good.length)), // truncated
      fc.constantFrom(...hostile.map((h) => Buffer.from(h))),
    );
    await fc.assert(
      fc.asyncProperty(docx, async (bytes) => {
        const dir = mkdtempSync(join(tmpdir(), 'congvan-fuzz-'));
        try {
          writeFileSync(join(dir, 'in.docx'), bytes);
          await expectClean(['check', join(dir, 'in.docx')], dir, readdirSync(dir).sort());
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150, seed: 2222, endOnFailure: true },
    );
  }, 120_000);
});
