import { spanLocation } from '../span-location';
import { LETTERS } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-space-before-punct',
  code: 'CV806',
  description: {
    vi: 'Không có dấu cách trước dấu câu (, . ; : ! ?) và sau dấu mở ngoặc.',
    en: 'No space before punctuation (, . ; : ! ?) or after an opening bracket.',
  },
  reference: '§3.8',
  messages: {
    space: { vi: 'Bỏ dấu cách trước "{mark}" trong "{text}".', en: 'Remove the space before "{mark}" in "{text}".' },
    open: { vi: 'Bỏ dấu cách sau "{mark}" trong "{text}".', en: 'Remove the space after "{mark}" in "{text}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

// "… ," or "… ." but not an ellipsis " ..." nor a list dash; "( …" after an opening bracket.
const BEFORE = new RegExp(`(?<=[${LETTERS}0-9)”"])[ \u00A0]+([,;:!?]|\\.(?!\\.))(?=\\s|$)`);
const AFTER_OPEN = /([(“])[ \u00A0]+(?=\S)/;

export function check(ctx: RuleContext): void {
  for (const span of ctx.doc.texts) {
    const before = BEFORE.exec(span.text);
    const m = before ?? AFTER_OPEN.exec(span.text);
    if (!m) continue;
    const text = span.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 8).trim();
    ctx.report({ messageId: before ? 'space' : 'open', args: { mark: m[1]!, text }, at: spanLocation(span, m.index) });
  }
}
