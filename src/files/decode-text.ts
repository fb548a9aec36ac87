// The text of a file the user gave (YAML input or --data), from its bytes. Unicode is read as
// it is written: UTF-8 with or without BOM, UTF-16 and UTF-32 by their BOM or by the NUL bytes
// of mostly-ASCII text. Anything else is never guessed into text: it is refused, naming the
// likely legacy encoding and the fix, unless `--encoding` names it. Decoding of non-UTF-8 is
// iconv-lite's, loaded only then (a plain UTF-8 build does not pay for it).
import { createRequire } from 'node:module';
import type IconvLite from 'iconv-lite';
import { diagnostic, InputError } from '../core/diagnostics';

let iconvModule: typeof IconvLite | undefined;
const iconv = (): typeof IconvLite => (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof IconvLite);

/**
 * Decodes `bytes` to text. `encoding` (from --encoding) is used for a file that is neither
 * marked by a BOM nor valid UTF-8: a UTF-8 YAML next to a Windows-1258 CSV both read right.
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): string {
  const unicode = unicodeEncoding(bytes);
  // Unicode is kept as written, like UTF-8 (text-nfc reports and fixes decomposed text).
  if (unicode) return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), unicode);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return utf8.replace(/^\uFEFF/, '');
  if (encoding !== undefined) {
    if (!knownEncoding(encoding)) throw unknownEncoding(encoding);
    // Windows-1258 writes most tones as combining marks after the letter: NFC joins them.
    return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), canonical(encoding)).normalize('NFC');
  }
  throw new InputError([notUtf8(bytes, file)]);
}

/** Checks an --encoding value before any file is read (a typo is a usage error, not a row error). */
export function checkEncodingName(encoding: string | undefined): void {
  if (encoding !== undefined && !knownEncoding(encoding)) throw unknownEncoding(encoding);
}

// Names a clerk is likely to type, mapped to iconv-lite's: "tcvn3" and "abc" are its "tcvn".
const ALIASES: Record<string, string> = { tcvn3: 'tcvn', abc: 'tcvn', 'tcvn-3': 'tcvn', 'tcvn5712': 'tcvn', 'cp1258': 'windows-1258', '1258': 'windows-1258' };
const canonical = (name: string): string => ALIASES[name.toLowerCase()] ?? name;
const knownEncoding = (name: string): boolean => name.trim() !== '' && iconv().encodingExists(canonical(name));

function unknownEncoding(encoding: string): InputError {
  return new InputError([diagnostic('encoding-unknown', '--encoding', undefined, { encoding })]);
}

/** UTF-16/32 by BOM, or by NUL bytes (text saved as "Unicode" without a BOM); UTF-8's BOM is left to strictUtf8. */
function unicodeEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // Without a BOM: where the NULs fall in the first few KB tells the width and byte order.
  const n = Math.min(b.length, 4096) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i & 3]!++;
  const quarter = n / 4;
  const mostly = (k: number) => zeros[k]! > quarter * 0.6;
  const rarely = (k: number) => zeros[k]! < quarter * 0.1;
  if (mostly(2) && mostly(3) && rarely(0)) return 'utf-32le';
  if (mostly(0) && mostly(1) && rarely(3)) return 'utf-32be';
  if (mostly(1) && mostly(3) && rarely(0) && rarely(2)) return 'utf-16le';
  if (mostly(0) && mostly(2) && rarely(1) && rarely(3)) return 'utf-16be';
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** "not UTF-8" at the first bad byte, with the most likely legacy encoding and what to do. */
function notUtf8(bytes: Uint8Array, file: string) {
  const at = firstInvalidByte(bytes);
  const before = bytes.subarray(0, at);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 1);
  const col = new TextDecoder().decode(before.subarray(lineStart)).length + 1;
  const guess = likelyEncoding(bytes);
  return diagnostic(`encoding-${guess}`, file, { line, col }, { file });
}

function firstInvalidByte(bytes: Uint8Array): number {
  // Grow a valid prefix by halves: the decoder is exact, so this finds the first bad sequence.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (strictUtf8Prefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  // A lead byte that the prefix ended on is where the bad sequence starts.
  while (lo > 0 && strictUtf8(bytes.subarray(0, lo)) === undefined) lo--;
  return lo;
}

/** A prefix is fine when it is valid UTF-8 except, perhaps, a sequence cut at its end. */
function strictUtf8Prefix(prefix: Uint8Array): boolean {
  for (let cut = 0; cut < 4 && cut <= prefix.length; cut++) {
    if (strictUtf8(prefix.subarray(0, prefix.length - cut)) !== undefined) {
      // the cut bytes must be the start of a multi-byte sequence, not stray bytes
      const tail = prefix.subarray(prefix.length - cut);
      if (tail.length === 0 || (tail[0]! >= 0xc2 && tail[0]! <= 0xf4 && tail.subarray(1).every((x) => x >= 0x80 && x <= 0xbf))) return true;
    }
  }
  return false;
}

type Guess = 'windows-1258' | 'tcvn3' | 'vni' | 'other';

/**
 * Which legacy encoding the bytes most look like, by what each would make of them: Vietnamese
 * words (one tone at most, on a vowel) for Windows-1258 and TCVN3, the "vowel + mark byte"
 * pairs of VNI. The guess only chooses the advice; nothing is decoded from it.
 */
export function likelyEncoding(bytes: Uint8Array): Guess {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // VNI first: its signature (every non-ASCII byte a mark right after its letter) is the
  // sharpest; TCVN3 would read those bytes as toned letters too.
  if (vniShare(buffer.toString('latin1')) >= 0.8) return 'vni';
  const w1258 = vietnameseScore(iconv().decode(buffer, 'windows-1258').normalize('NFC'));
  const tcvn3 = vietnameseScore(iconv().decode(buffer, 'tcvn').normalize('NFC'));
  if (w1258 <= 0 && tcvn3 <= 0) return 'other';
  return w1258 >= tcvn3 ? 'windows-1258' : 'tcvn3';
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VIET_LETTER = /^[a-zA-Z][\u0302\u0306\u031B]?[\u0300\u0301\u0303\u0309\u0323]?$|^[đĐ]$/;

/** Words that are plausible Vietnamese with a non-ASCII letter, minus words that are not. */
function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.match(/[^\s\d.,;:!?()"'\-/]+/g) ?? []) {
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    const letters = [...word].map((c) => c.normalize('NFD'));
    const plausible = letters.every((l) => VIET_LETTER.test(l)) && letters.reduce((n, l) => n + (l.match(TONES)?.length ?? 0), 0) <= 1;
    score += plausible ? 1 : -1;
  }
  return score;
}

/** The share of non-ASCII bytes that are VNI marks after a vowel (Windows-1252 ù ø û õ ï â ê …) or its đ/Đ (ñ Ñ). */
function vniShare(latin1: string): number {
  const marks = latin1.match(/(?<=[aeiouyAEIOUY])[\u00F9\u00F8\u00FB\u00F5\u00EF\u00E2\u00EA\u00E1\u00E0\u00E5\u00E3\u00E4\u00E9\u00E8\u00EB\u00D9\u00D8\u00DB\u00D5\u00CF\u00C2\u00CA\u00C1\u00C0\u00C5\u00C3\u00C4\u00C9\u00C8\u00CB\u00F4\u00F6\u00D4\u00D6]|[\u00F1\u00D1\u00F4\u00F6\u00D4\u00D6\u00E6\u00C6\u00F3\u00D3\u00EC\u00CC\u00F2\u00D2]/g)?.length ?? 0;
  const nonAscii = latin1.match(/[\u0080-\u00FF]/g)?.length ?? 0;
  return nonAscii === 0 ? 0 : marks / nonAscii;
}
