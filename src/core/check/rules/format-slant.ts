import { reportFormat } from '../format-differences';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'format-slant',
  code: 'CV015',
  description: {
    vi: 'Nghiêng và gạch chân đúng chỗ: ngày tháng và trích yếu công văn in nghiêng, "Nơi nhận" gạch chân; các thành phần khác đứng.',
    en: 'Italic and underline where the standard puts them: the date and the công văn subject italic, "Nơi nhận" underlined; the rest upright.',
  },
  reference: '§2, §3.4, §3.6, §3.10',
  messages: {
    italic: { vi: '{element} phải in nghiêng ({count} đoạn).', en: '{elementEn} must be italic ({count} paragraph(s)).' },
    upright: { vi: '{element} phải in đứng, không nghiêng ({count} đoạn).', en: '{elementEn} must be upright, not italic ({count} paragraph(s)).' },
    underline: { vi: '{element} phải gạch chân ({count} đoạn).', en: '{elementEn} must be underlined ({count} paragraph(s)).' },
    'no-underline': { vi: '{element} không gạch chân ({count} đoạn).', en: '{elementEn} must not be underlined ({count} paragraph(s)).' },
  },
  options: { skip: ['body', 'point', 'sub-point'] },
  sources: ['docx'],
};

export function check(ctx: RuleContext): void {
  reportFormat(ctx, (part, style) => {
    const f = part.format!;
    if (f.italic !== (style.italic === true)) return { messageId: f.italic ? 'upright' : 'italic', args: {} };
    if (f.underline !== (style.underline === true)) return { messageId: f.underline ? 'no-underline' : 'underline', args: {} };
    return undefined;
  });
}
