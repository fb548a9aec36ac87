// Text hygiene for every string of the input: NFC (TCVN 6909:2001 is Unicode; NFD from
// macOS copy-paste breaks comparisons and some fonts), and no characters that XML forbids
// (a pasted \f makes Word refuse the file: docx-pitfalls D7).
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeText(text: string): string {
  return text.normalize('NFC').replace(XML_ILLEGAL, '').replace(/\t/g, ' ');
}

/** Applies sanitizeText to every string inside plain data (objects, arrays). */
export function sanitizeData(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (Array.isArray(value)) return value.map(sanitizeData);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitizeText(k), sanitizeData(v)]));
  }
  return value;
}
