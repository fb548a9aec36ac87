import { spanLocation } from '../span-location';
import { LETTERS } from '../text';
import type { Location, RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-tone-style',
  code: 'CV804',
  description: {
    vi: 'Một từ chỉ viết theo một kiểu bỏ dấu ("uỷ" hoặc "ủy", "hoá" hoặc "hóa"), không lẫn hai kiểu; chữ in hoa (phần đầu, ký tên) và chữ thường được so riêng.',
    en: 'Each word keeps one tone-mark placement ("uỷ" or "ủy", "hoá" or "hóa"), not both; capitals (header, signature) and lower-case text are compared separately.',
  },
  reference: '§3.2',
  realUsage:
    'Many real documents keep the old tone placement in their capitals and the new one in their text: 1023-CV/ĐUK prints "THANH HOÁ" in its header and "Thanh Hóa" in its body. Capitals (header, signature) and lower-case text are now compared separately, so only a mix inside one of them is reported; the rule stays a warning.',
  messages: {
    mixed: { vi: '"{word}" ở đây nhưng "{other}" ở chỗ khác ({count} lần): thống nhất một kiểu bỏ dấu.', en: '"{word}" here but "{other}" elsewhere ({count} times): keep one tone-mark placement.' },
  },
  // Real documents often keep the old placement in their capitals and the new one in the text
  // ("TỈNH UỶ THANH HOÁ" over "Tỉnh ủy Thanh Hóa", as 1023-CV/ĐUK does): a consistent
  // difference between the two is a house style, not a slip.
  options: {},
  sources: ['yaml', 'docx'],
};

const WORDS = new RegExp(`[${LETTERS}]+`, 'g');

// Tone marks (not the vowel marks ^, ˘, ơ/ư): their place is what the two styles disagree on.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

type Seen = { count: number; at?: Location };

export function check(ctx: RuleContext): void {
  const byKey = new Map<string, Map<string, Seen>>();
  const total = new Map<string, number>();
  for (const span of ctx.doc.texts) {
    for (const m of span.text.normalize('NFC').matchAll(WORDS)) {
      const word = m[0].toLowerCase();
      const nfd = word.normalize('NFD');
      const tones = nfd.match(TONE);
      if (!tones) continue;
      const caps = m[0] === m[0].toUpperCase() && m[0].length > 1;
      const key = `${caps ? 'caps' : 'text'}|${nfd.replace(TONE, '').normalize('NFC')}|${tones.join('')}`;
      const spellings = byKey.get(key) ?? new Map<string, Seen>();
      byKey.set(key, spellings);
      const seen = spellings.get(word) ?? { count: 0, at: spanLocation(span, m.index!) };
      seen.count++;
      total.set(word, (total.get(word) ?? 0) + 1);
      spellings.set(word, seen);
    }
  }
  for (const spellings of byKey.values()) {
    if (spellings.size < 2) continue;
    // The usual spelling is the one used most (on a tie, the one used most in the whole
    // document); the others are reported where they first appear.
    const [usual, ...others] = [...spellings.entries()].sort((a, b) => b[1].count - a[1].count || total.get(b[0])! - total.get(a[0])!);
    for (const [word, seen] of others) ctx.report({ messageId: 'mixed', args: { word, other: usual![0], count: usual![1].count }, at: seen.at });
  }
}
