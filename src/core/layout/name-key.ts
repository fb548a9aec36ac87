// One key for comparing Vietnamese words regardless of case and tone marks, so that
// "THANH HOÁ", "Thanh Hoá" and "Thanh Hóa" are the same name.
export function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^[("“‘]+|[)"”’.,;:!?]+$/g, '');
}

/** The names as lists of word keys, longest first (so the longest match wins). */
export function nameKeys(names: readonly string[]): string[][] {
  return [...new Set(names)]
    .map((n) => n.split(/\s+/).filter(Boolean).map(wordKey))
    .filter((k) => k.length > 1)
    .sort((a, b) => b.length - a.length);
}
