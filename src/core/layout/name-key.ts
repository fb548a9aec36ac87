import { plainLower } from '../model/slug';

// One key for comparing Vietnamese words regardless of case and tone marks, so that
// "THANH HOÁ", "Thanh Hoá" and "Thanh Hóa" are the same name.
export function wordKey(word: string): string {
  const plain = plainLower(word);
  // Trimmed by hand: /[)…]+$/ would retry every position of a long run of punctuation.
  let start = 0;
  let end = plain.length;
  while (start < end && OPENING.has(plain[start]!)) start++;
  while (end > start && CLOSING.has(plain[end - 1]!)) end--;
  return plain.slice(start, end);
}

const OPENING = new Set(['(', '"', '“', '‘']);
const CLOSING = new Set([')', '"', '”', '’', '.', ',', ';', ':', '!', '?']);

/** The names as lists of word keys, longest first (so the longest match wins). */
export function nameKeys(names: readonly string[]): string[][] {
  return [...new Set(names)]
    .map((n) => n.split(/\s+/).filter(Boolean).map(wordKey))
    .filter((k) => k.length > 1)
    .sort((a, b) => b.length - a.length);
}
