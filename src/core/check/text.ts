// Small Vietnamese text helpers the rules share.

export const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** Has letters, and none of them lower-case. */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === upper(text);
}

/** NFC, one space between words, no space at the ends. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** "Nghị quyết" → "nghi-quyet": the way document types are named in `loai` and the profile. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** At most `max` characters, for messages. */
export function excerpt(text: string, max = 40): string {
  const t = squash(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
