import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'noi-nhan-luu',
  code: 'CV603',
  description: {
    vi: 'Dòng cuối nơi nhận là "- Lưu <đơn vị>." và kết thúc bằng dấu chấm.',
    en: 'The last recipient line is "- Lưu <unit>." and ends with a full stop.',
  },
  reference: '§3.10',
  messages: {
    luu: { vi: 'Dòng cuối nơi nhận là bản lưu: "- Lưu <đơn vị>.", ví dụ "- Lưu Văn phòng."; đang là "{text}".', en: 'The last recipient line is the file copy, "- Lưu <unit>.", e.g. "- Lưu Văn phòng."; it reads "{text}".' },
    period: { vi: 'Dòng cuối nơi nhận "{text}" kết thúc bằng dấu chấm.', en: 'The last recipient line "{text}" ends with a full stop.' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

export function check(ctx: RuleContext): void {
  const last = ctx.parts('noi-nhan').at(-1);
  if (!last) return;
  const text = squash(last.text);
  if (!/^(- )?Lưu\b/u.test(text)) ctx.report({ messageId: 'luu', args: { text }, at: last.at });
  if (text.endsWith('.')) return;
  const fix = last.path && { path: last.path, edit: endWithPeriod };
  ctx.report({ messageId: 'period', args: { text }, at: last.at, ...(fix && { fix }) });
}

/** "Lưu VT," → "Lưu VT." (trailing spaces kept). Not /[,;]?(\s*)$/: quadratic on a long run of spaces. */
function endWithPeriod(s: string): string {
  const body = s.trimEnd();
  const stem = /[,;]$/.test(body) ? body.slice(0, -1) : body;
  return `${stem}.${s.slice(body.length)}`;
}
