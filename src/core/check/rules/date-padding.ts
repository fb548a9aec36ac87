import { readPlaceDate } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'date-padding',
  code: 'CV202',
  description: {
    vi: 'Ngày 1–9 và tháng 1, 2 có số 0 ở trước ("ngày 05 tháng 01"); tháng 3–12 thì không ("tháng 7"), trừ khi hồ sơ thể thức đặt date.pad_month_until hoặc văn bản ghi ngay_thang_hai_so.',
    en: 'Days 1–9 and months 1–2 take a leading zero ("ngày 05 tháng 01"); months 3–12 do not ("tháng 7"), unless the profile sets date.pad_month_until or the document ngay_thang_hai_so.',
  },
  reference: '§3.4',
  realUsage:
    'Some offices keep the older habit of padding every month ("Nghệ An, ngày 07 tháng 05 năm 2020", Công văn 568-CV/ĐU; "Hà Nội, ngày 28 tháng 05 năm 2004", Hướng dẫn 11-HD/VPTW; both in tests/corpus). The build and this rule both read the profile\'s `date.pad_month_until` (2 in hd36-2018), or the document\'s own `ngay_thang_hai_so: true` (every month with two digits, as the same office does in some documents and not others); on a printed .docx a month padded beyond the profile\'s is taken as that older habit, not reported.',
  messages: {
    printed: { vi: 'Viết "ngày {day} tháng {month}", không phải "ngày {writtenDay} tháng {writtenMonth}".', en: 'Write "ngày {day} tháng {month}", not "ngày {writtenDay} tháng {writtenMonth}".' },
    input: { vi: 'Ngày "{text}" viết đủ số 0: "{fixed}" (như khi in ra).', en: 'Write the date "{text}" with its zeros: "{fixed}" (as it is printed).' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

const pad = (n: number, zero: boolean): string => (zero ? String(n).padStart(2, '0') : String(n));

export function check(ctx: RuleContext): void {
  const raw = ctx.doc.rawDate;
  if (raw) return checkInput(ctx, raw);
  for (const part of ctx.need('place-date')) {
    const d = readPlaceDate(part.text);
    if (!d) continue;
    const day = pad(Number(d.day), true);
    const month = pad(Number(d.month), Number(d.month) <= padUntil(ctx));
    // A printed page cannot say which habit it follows: a month padded beyond the profile's
    // ("tháng 05", as many offices print) is the older convention, not a mistake.
    const olderHabit = month !== d.month && d.month === pad(Number(d.month), true);
    if (day !== d.day || (month !== d.month && !olderHabit)) {
      ctx.report({ messageId: 'printed', args: { day, month, writtenDay: d.day, writtenMonth: d.month }, at: part.at });
    }
  }
}

/** The YAML date as written ("5/1/2024", "2024-1-5"): the same padding as the printed date. */
function checkInput(ctx: RuleContext, raw: NonNullable<RuleContext['doc']['rawDate']>): void {
  const edit = (text: string) => padInput(text, raw.padMonthUntil ?? padUntil(ctx));
  const fixed = edit(raw.text);
  if (fixed !== raw.text) {
    ctx.report({ messageId: 'input', args: { text: raw.text, fixed }, at: raw.at, fix: { path: raw.path, edit } });
  }
}

/** Months up to this one take a zero: 2 by HD36 practice, more in a profile that says so. */
const padUntil = (ctx: RuleContext): number => ctx.profile.date?.pad_month_until ?? 2;

function padInput(text: string, until: number): string {
  const dmy = /^(\s*)(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(\s*)$/.exec(text);
  if (dmy) return `${dmy[1]}${pad(Number(dmy[2]), true)}${dmy[3]}${pad(Number(dmy[4]), Number(dmy[4]) <= until)}${dmy[3]}${dmy[5]}${dmy[6]}`;
  const iso = /^(\s*)(\d{4})-(\d{1,2})-(\d{1,2})(\s*)$/.exec(text);
  if (iso) return `${iso[1]}${iso[2]}-${pad(Number(iso[3]), true)}-${pad(Number(iso[4]), true)}${iso[5]}`;
  return text;
}
