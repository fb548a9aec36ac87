// Output file names from data: whatever a row holds, the name is one plain file name inside
// the output folder, valid on Windows, macOS and Linux; Vietnamese letters are kept.

// Path separators, characters Windows forbids, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001F\u007F]/g;
// Invisible characters that make a name look like another: bidi controls ("gpj.exe" shown
// reversed), zero-width spaces and joiners, the BOM, soft hyphen. Replaced visibly.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Device names Windows reserves whatever the extension (CON.docx is the console).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
// Most file systems limit a name to 255 bytes; leave room for the temp-file prefix/suffix.
const MAX_BYTES = 200;
const utf8 = new TextEncoder();

/**
 * A safe file name ending in `extension` (".docx"), or undefined when nothing usable is
 * left (an empty or all-dots name).
 */
export function safeFileName(raw: string, extension: string): string | undefined {
  let stem = raw.normalize('NFC').replace(FORBIDDEN, '_').replace(INVISIBLE, '_');
  if (stem.toLowerCase().endsWith(extension)) stem = stem.slice(0, -extension.length);
  // Windows drops trailing dots and spaces; leading dots hide the file (and "..").
  stem = stem.replace(/^[\s.]+|[\s.]+$/g, '').replace(/\s+/g, ' ');
  if (stem === '') return undefined;
  if (RESERVED.test(stem.split('.')[0]!)) stem = `_${stem}`;
  while (utf8.encode(stem).length > MAX_BYTES) stem = [...stem].slice(0, -1).join('');
  return `${stem}${extension}`;
}

/** Two names that one file system may treat as the same file (case, Unicode form). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
