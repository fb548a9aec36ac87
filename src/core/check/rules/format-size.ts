import { reportFormat } from '../format-differences';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'format-size',
  code: 'CV013',
  description: {
    vi: 'Cỡ chữ từng thành phần theo hồ sơ thể thức: tiêu đề 15, tên cơ quan 14, trích yếu công văn 12, nội dung 14–15, nơi nhận 12…',
    en: 'Each element\'s size as in the profile: Party title 15, bodies 14, công văn subject 12, body 14–15, recipients 12…',
  },
  reference: '§2',
  messages: {
    size: { vi: '{element}: cỡ chữ {found} ({count} đoạn); phải là {expected}.', en: '{elementEn}: size {found} ({count} paragraph(s)); it must be {expected}.' },
  },
  options: {},
  sources: ['docx'],
};

export function check(ctx: RuleContext): void {
  reportFormat(ctx, (part, style) => {
    const [min, max] = style.size_allowed_pt ?? [style.size_pt, style.size_pt];
    const found = part.format!.sizePt;
    if (found !== undefined && found >= min && found <= max) return undefined;
    return { messageId: 'size', args: { found: found ?? '?', expected: min === max ? `${min}` : `${min}–${max}` } };
  });
}
