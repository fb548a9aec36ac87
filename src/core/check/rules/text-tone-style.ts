import { spanLocation } from '../span-location';
import { LETTERS } from '../text';
import type { Location, RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-tone-style',
  code: 'CV804',
  description: {
    vi: 'Một từ chỉ viết theo một kiểu bỏ dấu trong cả văn bản ("uỷ" hoặc "ủy", "hoá" hoặc "hóa"), không lẫn hai kiểu.',
    en: 'Each word keeps one tone-mark placement across the document ("uỷ" or "ủy", "hoá" or "hóa"), not both.',
  },
  reference: '§3.2',
  messages: {
    mixed: { vi: '"{word}" ở đây nhưng "{other}" ở chỗ khác ({count} lần): thống nhất một kiểu bỏ dấu.', en: '"{word}" here but "{other}" elsewhere ({count} times): keep one tone-mark placement.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

const WORDS = new RegExp(`[${LETTERS}]+`, 'g');

// Tone marks (not the vowel marks ^, ˘, ơ/ư): their place is what the two styles disagree on.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

type Seen = { count: number; at?: Location };

export function check(ctx: RuleContext): void {
  const byKey = new Map<string, Map<string, Seen>>();
  for (const span of ctx.doc.texts) {
    for (const m of span.text.normalize('NFC').matchAll(WORDS)) {
      const word = m[0].toLowerCase();
      const nfd = word.normalize('NFD');
      const tones = nfd.match(TONE);
      if (!tones) continue;
      const key = `${nfd.replace(TONE, '').normalize('NFC')}|${tones.join('')}`;
      const spellings = byKey.get(key) ?? new Map<string, Seen>();
      byKey.set(key, spellings);
      const seen = spellings.get(word) ?? { count: 0, at: spanLocation(span, m.index!) };
      seen.count++;
      spellings.set(word, seen);
    }
  }
  for (const spellings of byKey.values()) {
    if (spellings.size < 2) continue;
    // The usual spelling is the one used most; the others are reported where they first appear.
    const [usual, ...others] = [...spellings.entries()].sort((a, b) => b[1].count - a[1].count);
    for (const [word, seen] of others) ctx.report({ messageId: 'mixed', args: { word, other: usual![0], count: usual![1].count }, at: seen.at });
  }
}
