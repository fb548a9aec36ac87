import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'state-luu',
  code: 'CV703',
  description: {
    vi: 'Dòng lưu viết "- Lưu Văn phòng." không có dấu hai chấm và không dùng "VT" (văn thư) như văn bản nhà nước.',
    en: 'The file-copy line reads "- Lưu Văn phòng.", with no colon and no state-style "VT".',
  },
  reference: '§3.10, §7',
  messages: {
    colon: { vi: '"{text}": bỏ dấu hai chấm sau "Lưu" (dấu hai chấm là thể thức văn bản nhà nước).', en: '"{text}": drop the colon after "Lưu" (the colon is the state format).' },
    vt: { vi: '"{text}": "VT" (văn thư) là cách ghi của văn bản nhà nước; ghi đơn vị lưu, ví dụ "- Lưu Văn phòng.".', en: '"{text}": "VT" is the state habit; name the filing unit, e.g. "- Lưu Văn phòng.".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
  fixable: true,
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('noi-nhan')) {
    const text = squash(part.text);
    if (!/^(- )?Lưu\b/u.test(text)) continue;
    if (/^(- )?Lưu\s*:/u.test(text)) {
      const fix = part.path && { path: part.path, edit: (s: string) => s.replace(/Lưu\s*:\s*/u, 'Lưu ') };
      ctx.report({ messageId: 'colon', args: { text }, at: part.at, ...(fix && { fix }) });
    }
    if (/\bVT\b/u.test(text)) ctx.report({ messageId: 'vt', args: { text }, at: part.at });
  }
}
