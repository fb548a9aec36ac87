import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'date-place',
  code: 'CV203',
  description: {
    vi: 'Ngày tháng có địa danh đứng trước, cách bằng một dấu phẩy: "Hà Nội, ngày …".',
    en: 'The date follows the place name and one comma: "Hà Nội, ngày …".',
  },
  reference: '§3.4',
  messages: {
    missing: { vi: 'Thiếu địa danh trước "{text}": viết "<địa danh>, {text}".', en: 'The place is missing before "{text}": write "<place>, {text}".' },
    comma: { vi: 'Địa danh "{place}" và ngày tháng cách nhau đúng một dấu phẩy: "{place}, ngày …".', en: 'One comma between the place "{place}" and the date: "{place}, ngày …".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('place-date')) {
    const m = placeAndSeparator(squash(part.text));
    if (!m) continue; // not a date line: date-valid says so
    const { place, separator } = m;
    if (!place) ctx.report({ messageId: 'missing', args: { text: squash(part.text) }, at: part.at });
    else if (separator !== ', ') ctx.report({ messageId: 'comma', args: { place }, at: part.at });
  }
}

/**
 * "Thanh Hoá, ngày …" → the place and what separates it from "ngày". A scan rather than the
 * regex /^(.*?)([\s,]*)ngày\s/, which takes quadratic time on a long run of commas or spaces.
 */
function placeAndSeparator(text: string): { place: string; separator: string } | undefined {
  const at = text.search(/ngày\s/u);
  if (at === -1) return undefined;
  let start = at;
  while (start > 0 && /[\s,]/u.test(text[start - 1]!)) start--;
  return { place: text.slice(0, start), separator: text.slice(start, at) };
}
