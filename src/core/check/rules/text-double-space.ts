import { spanLocation } from '../span-location';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-double-space',
  code: 'CV805',
  description: {
    vi: 'Giữa các từ chỉ có một dấu cách.',
    en: 'One space between words.',
  },
  reference: '§3.8',
  messages: {
    double: { vi: 'Có {count} chỗ hai dấu cách liền nhau, ví dụ "{text}".', en: '{count} double space(s), e.g. "{text}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const span of ctx.doc.texts) {
    const found = [...span.text.matchAll(/(?<=\S) {2,}(?=\S)/g)];
    if (found.length === 0) continue;
    const at = found[0]!.index!;
    const text = span.text.slice(Math.max(0, at - 12), at + 14).trim();
    ctx.report({ messageId: 'double', args: { count: found.length, text }, at: spanLocation(span, at) });
  }
}
