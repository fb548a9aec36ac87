// Small Vietnamese text helpers the rules share.

export const upper = (text: string): string => text.toLocaleUpperCase('vi');

// Letters of Vietnamese text (Basic Latin, Latin-1, Latin Extended-A/B, Latin Extended
// Additional) and combining marks, for character classes: a class of these ranges compiles
// much faster than \p{L}, which matters on every `congvan build`.
export const LETTERS = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF';
export const MARKS = '\u0300-\u036F';
const LETTER = new RegExp(`[${LETTERS}]`);
const WORD_CHAR = new RegExp(`[${LETTERS}0-9]`);

export const hasLetter = (text: string): boolean => LETTER.test(text);
export const hasWord = (text: string): boolean => WORD_CHAR.test(text);

/** Has letters, and none of them lower-case. */
export function isUpperCase(text: string): boolean {
  return hasLetter(text) && text === upper(text);
}

/** Starts with a capital letter. */
export const startsUpper = (text: string): boolean => hasLetter(text.charAt(0)) && text.charAt(0) !== text.charAt(0).toLowerCase();

/** NFC, one space between words, no space at the ends. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export { slug } from '../model/slug';

/** At most `max` characters, for messages. */
export function excerpt(text: string, max = 40): string {
  const t = squash(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
