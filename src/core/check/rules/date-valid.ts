import { isoOf, readPlaceDate } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'date-valid',
  code: 'CV201',
  description: {
    vi: 'Địa danh, ngày tháng năm viết "<địa danh>, ngày dd tháng mm năm yyyy" và ngày đó có thật.',
    en: 'The place and date read "<place>, ngày dd tháng mm năm yyyy", and the date exists.',
  },
  reference: '§3.4',
  messages: {
    shape: { vi: '"{text}" không đúng dạng "<địa danh>, ngày 05 tháng 01 năm 2024".', en: '"{text}" is not "<place>, ngày 05 tháng 01 năm 2024".' },
    impossible: { vi: 'Ngày {day} tháng {month} năm {year} không có thật.', en: 'The date {day}/{month}/{year} does not exist.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('place-date')) {
    const d = readPlaceDate(part.text);
    if (!d) ctx.report({ messageId: 'shape', args: { text: part.text }, at: part.at });
    else if (!isoOf(d)) ctx.report({ messageId: 'impossible', args: { ...d }, at: part.at });
  }
}
