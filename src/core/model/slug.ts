/** "Nghị quyết" → "nghi-quyet": the way document types are named in `loai` and the profile. */
export function slug(text: string): string {
  return plainLower(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Thanh Hoá" → "thanh hoa": lower case without tone marks, so spellings compare equal. */
export function plainLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
