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
  realUsage:
    'Công văn 21-CV/ĐU of Trường Đại học Vinh (2020, in tests/corpus) has the subject "Hoãn tổ chức các hội nghị ngày 06/9/2020" under its number. The recogniser took the first line holding a date for the date line, so this rule, date-place, subject-cong-van and format-size all fired on a correct document. The date line is now the right column\'s (or a line of its own across the page): a subject under the number stays the subject.',
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
