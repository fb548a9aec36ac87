import { spanLocation } from '../span-location';
import { LETTERS } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-legacy-encoding',
  code: 'CV803',
  description: {
    vi: 'Không có chữ gõ bằng bảng mã cũ TCVN3 (ABC) hay VNI ("lỗi font": "§¶ng", "Ñaûng"); dùng Unicode.',
    en: 'No text typed in the legacy TCVN3 (ABC) or VNI encodings (mojibake: "§¶ng", "Ñaûng"); use Unicode.',
  },
  reference: '§0.3, §D13',
  messages: {
    legacy: { vi: 'Chữ "{word}" là bảng mã cũ TCVN3/VNI ("lỗi font"); chuyển mã sang Unicode (ví dụ bằng Unikey).', en: 'The word "{word}" is in a legacy TCVN3/VNI encoding (mojibake); convert it to Unicode (e.g. with Unikey).' },
  },
  options: { minWords: 2 },
  sources: ['yaml', 'docx'],
};

// Latin-1 letters and signs that Vietnamese never uses; inside a word they are TCVN3/VNI
// bytes read as Windows-1252 (§ for Đ, ¶ for ả, ® for đ, û, ø, ï … in VNI). Not « » °,
// which Vietnamese text does use.
const FOREIGN = '\u00A1-\u00AA\u00AC\u00AE-\u00AF\u00B1-\u00BA\u00BC-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF';
const WORD = new RegExp(`[${LETTERS}${FOREIGN}]*[${FOREIGN}][${LETTERS}${FOREIGN}]*`, 'g');
const HAS_LETTER = /[A-Za-z]/;

export function check(ctx: RuleContext): void {
  for (const span of ctx.doc.texts) {
    const words = [...span.text.matchAll(WORD)].filter((m) => m[0].length > 1 && HAS_LETTER.test(m[0]));
    if (words.length < Number(ctx.options.minWords)) continue;
    ctx.report({ messageId: 'legacy', args: { word: words[0]![0] }, at: spanLocation(span, words[0]!.index!) });
  }
}
