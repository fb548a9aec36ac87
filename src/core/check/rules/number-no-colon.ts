import { readNumber } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'number-no-colon',
  code: 'CV101',
  description: {
    vi: '"Số" không có dấu hai chấm: "Số 15-NQ/TU", không phải "Số: 15-NQ/TU".',
    en: '"Số" takes no colon: "Số 15-NQ/TU", not "Số: 15-NQ/TU".',
  },
  reference: '§3.3',
  messages: {
    colon: { vi: 'Viết "Số {rest}", không có dấu hai chấm sau "Số" (dấu hai chấm là thể thức văn bản nhà nước).', en: 'Write "Số {rest}", with no colon after "Số" (the colon is the state format).' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('number')) {
    const n = readNumber(part.text);
    if (n?.colon) ctx.report({ messageId: 'colon', args: { rest: n.rest }, at: part.at });
  }
}
