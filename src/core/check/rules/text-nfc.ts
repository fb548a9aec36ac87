import { spanLocation } from '../span-location';
import { LETTERS, MARKS } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-nfc',
  code: 'CV801',
  description: {
    vi: 'Chữ Việt Unicode dựng sẵn (NFC, TCVN 6909:2001), không phải tổ hợp (dấu rời, thường do sao chép từ máy Mac).',
    en: 'Vietnamese in precomposed Unicode (NFC, TCVN 6909:2001), not decomposed (loose tone marks, often pasted from a Mac).',
  },
  reference: '§0.3, §D13',
  messages: {
    nfc: { vi: 'Chữ "{word}" dùng dấu tổ hợp (Unicode NFD); chuyển sang Unicode dựng sẵn (NFC).', en: 'The word "{word}" uses combining marks (Unicode NFD); convert it to precomposed Unicode (NFC).' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

const WORD_END = new RegExp(`[${LETTERS}${MARKS}]*$`);
const WORD_START = new RegExp(`^[${LETTERS}${MARKS}]*`);
const MARK = new RegExp(`[${MARKS}]`);

export function check(ctx: RuleContext): void {
  for (const span of ctx.doc.texts) {
    if (span.text === span.text.normalize('NFC')) continue;
    const offset = firstDecomposed(span.text);
    const word = WORD_END.exec(span.text.slice(0, offset))![0] + WORD_START.exec(span.text.slice(offset))![0];
    ctx.report({ messageId: 'nfc', args: { word: word.normalize('NFC') }, at: spanLocation(span, offset), ...(span.path && { fix: { path: span.path, edit: (s: string) => s.normalize('NFC') } }) });
  }
}

/** The offset of the first character that NFC would combine with the one before it. */
function firstDecomposed(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (MARK.test(text[i]!) && (text[i - 1]! + text[i]!).normalize('NFC').length === 1) return i - 1;
  }
  return 0;
}
