// Readers for printed text the rules share: "Số 1023-CV/ĐUK", "Thanh Hoá, ngày 19 tháng 7
// năm 2023", "T/M BAN THƯỜNG VỤ", "1. …" (docs/standard.md §3.3, §3.4, §3.8, §3.9).
import { squash } from './text';

export type NumberText = {
  colon: boolean;
  /** What follows "Số" (and its colon). */
  rest: string;
  /** Party order: number-TYPE/BODY[/unit]. */
  party?: { serial: string; typeCode: string; issuerCode?: string; unitCode?: string };
  /** State order (Nghị định 30): number/TYPE-BODY. */
  state?: { serial: string; typeCode: string; issuerCode: string };
};

export function readNumber(text: string): NumberText | undefined {
  const m = /^(?:Số|SỐ|số)\s*(:?)\s*(.*)$/.exec(squash(text));
  if (!m) return undefined;
  const rest = m[2]!.replace(/\s*([/-])\s*/g, '$1');
  const party = /^(\d+)-([^\s/-]+)(?:\/([^\s/]*))?(?:\/([^\s/]+))?$/u.exec(rest);
  const state = /^(\d+)\/([^\s/-]+)-([^\s/]+)$/u.exec(rest);
  return {
    colon: m[1] === ':',
    rest,
    ...(party && { party: { serial: party[1]!, typeCode: party[2]!, issuerCode: party[3] || undefined, unitCode: party[4] } }),
    ...(state && { state: { serial: state[1]!, typeCode: state[2]!, issuerCode: state[3]! } }),
  };
}

export type PlaceDate = { place: string; day: string; month: string; year: string };

export function readPlaceDate(text: string): PlaceDate | undefined {
  const m = /^(.*?)\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*\.?$/.exec(squash(text));
  return m ? { place: m[1]!, day: m[2]!, month: m[3]!, year: m[4]! } : undefined;
}

/** "05", "01" → ISO date, if the day exists. */
export function isoOf(d: { day: string; month: string; year: string }): string | undefined {
  const [y, mo, da] = [Number(d.year), Number(d.month), Number(d.day)];
  const date = new Date(Date.UTC(y, mo - 1, da));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== da) return undefined;
  return `${d.year}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
}

/** "T/M BAN THƯỜNG VỤ" → its authority and the rest (shared with the loader's semantic check). */
export { readAuthority, type Authority } from '../model/signature-forms';

/** Whether a name ("BAN THƯỜNG VỤ", "TỈNH UỶ THANH HOÁ") starts with one of the collective bodies. */
export { isCollective } from '../model/collective-bodies';

/** The state's national title and motto (Nghị định 30/2020), as slugs: never in a Party document. */
export const STATE_LINES = ['cong-hoa-xa-hoi-chu-nghia-viet-nam', 'doc-lap-tu-do-hanh-phuc'];

export type Marker = { level: 'roman' | 'arabic' | 'letter'; value: number; text: string; rest: string };

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** The author's numbering marker at the start of a paragraph: "I-", "1.", "a)". */
export function readMarker(text: string): Marker | undefined {
  const t = squash(text);
  const roman = /^([IVXLC]+)[.-](?:\s+|$)(.*)$/u.exec(t);
  if (roman) return { level: 'roman', value: romanValue(roman[1]!), text: roman[1]!, rest: roman[2]! };
  const arabic = /^(\d{1,3})[.)-](?:\s+|$)(.*)$/u.exec(t);
  if (arabic) return { level: 'arabic', value: Number(arabic[1]), text: arabic[1]!, rest: arabic[2]! };
  const letter = /^([a-zđ])\)(?:\s+|$)(.*)$/u.exec(t);
  if (letter && LETTERS.includes(letter[1]!)) return { level: 'letter', value: LETTERS.indexOf(letter[1]!) + 1, text: letter[1]!, rest: letter[2]! };
  return undefined;
}

export function markerText(level: Marker['level'], value: number): string {
  if (level === 'arabic') return String(value);
  if (level === 'letter') return LETTERS[value - 1] ?? '?';
  const numerals: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [n, s] of numerals) while (value >= n) (out += s), (value -= n);
  return out;
}

function romanValue(text: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const a = v[text[i]!]!;
    const b = v[text[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}
