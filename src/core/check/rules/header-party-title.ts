import { squash, upper } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'header-party-title',
  code: 'CV301',
  description: {
    vi: 'Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" có mặt, đúng từng chữ, một dòng.',
    en: 'The title "ĐẢNG CỘNG SẢN VIỆT NAM" is there, word for word, on one line.',
  },
  reference: '§3.1',
  messages: {
    missing: { vi: 'Thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" ở góc phải trang đầu.', en: 'The title "ĐẢNG CỘNG SẢN VIỆT NAM" is missing (top right of page 1).' },
    inexact: { vi: 'Tiêu đề viết "{text}"; phải đúng là "ĐẢNG CỘNG SẢN VIỆT NAM".', en: 'The title reads "{text}"; it must be exactly "ĐẢNG CỘNG SẢN VIỆT NAM".' },
  },
  options: { title: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const titles = ctx.parts('party-title');
  if (titles.length === 0) return ctx.report({ messageId: 'missing' });
  const expected = String(ctx.options.title);
  for (const part of titles) {
    if (squash(upper(part.text)) !== expected) ctx.report({ messageId: 'inexact', args: { text: squash(part.text) }, at: part.at });
  }
}
