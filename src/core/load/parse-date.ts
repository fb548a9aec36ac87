// Dates as clerks write them: ISO 2023-07-19 or Vietnamese 19/7/2023.
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

const SHAPES: readonly { shape: RegExp; pattern: string }[] = [
  { shape: /^\d{4}-\d{1,2}-\d{1,2}$/, pattern: 'yyyy-M-d' },
  { shape: /^\d{1,2}\/\d{1,2}\/\d{4}$/, pattern: 'd/M/yyyy' },
  { shape: /^\d{1,2}-\d{1,2}-\d{4}$/, pattern: 'd-M-yyyy' },
  { shape: /^\d{1,2}\.\d{1,2}\.\d{4}$/, pattern: 'd.M.yyyy' },
];

export type DateResult = { ok: true; iso: string } | { ok: false; reason: 'date-format' | 'date-impossible' };

/** Parses a date; the result is ISO yyyy-MM-dd, independent of the time zone. */
export function parseDocumentDate(text: string): DateResult {
  const trimmed = text.trim();
  const match = SHAPES.find((s) => s.shape.test(trimmed));
  if (!match) return { ok: false, reason: 'date-format' };
  // Noon avoids any time-zone edge; date-fns rejects 31/02 and 29/02 of common years.
  const date = parse(trimmed, match.pattern, new Date(2000, 0, 1, 12));
  if (!isValid(date) || date.getFullYear() < 1930) return { ok: false, reason: 'date-impossible' };
  return { ok: true, iso: format(date, 'yyyy-MM-dd') };
}
