import { spanLocation } from '../span-location';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'text-invisible',
  code: 'CV802',
  description: {
    vi: 'Không có ký tự ẩn (khoảng trắng độ rộng 0, gạch nối mềm) hay ký tự điều khiển trong chữ.',
    en: 'No invisible characters (zero-width spaces, soft hyphens) or control characters in the text.',
  },
  reference: '§D7, §D13',
  messages: {
    invisible: { vi: 'Có {count} ký tự ẩn ({names}) trong "{text}".', en: '{count} invisible character(s) ({names}) in "{text}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

export function check(ctx: RuleContext): void {
  for (const span of ctx.doc.texts) {
    const found = [...span.text.matchAll(INVISIBLE)];
    if (found.length === 0) continue;
    const names = [...new Set(found.map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))].join(', ');
    const text = span.text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, 40);
    ctx.report({
      messageId: 'invisible',
      args: { count: found.length, names, text },
      at: spanLocation(span, found[0]!.index!),
      ...(span.path && { fix: { path: span.path, edit: (s: string) => s.replace(INVISIBLE, '') } }),
    });
  }
}
