import { isoOf, readPlaceDate } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'date-future',
  code: 'CV204',
  description: {
    vi: 'Ngày ban hành không muộn hơn hôm nay (dễ là gõ nhầm năm).',
    en: 'The date is not later than today (often a mistyped year).',
  },
  reference: '§3.4',
  messages: {
    future: { vi: 'Ngày ban hành {date} muộn hơn hôm nay ({today}).', en: 'The date {date} is later than today ({today}).' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('place-date')) {
    const d = readPlaceDate(part.text);
    const iso = d && isoOf(d);
    if (iso && iso > ctx.today) ctx.report({ messageId: 'future', args: { date: `${d.day}/${d.month}/${d.year}`, today: ctx.today.split('-').reverse().join('/') }, at: part.at });
  }
}
