import { isUpperCase, squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'header-caps',
  code: 'CV302',
  description: {
    vi: 'Tiêu đề, tên cơ quan cấp trên và tên cơ quan ban hành in hoa.',
    en: 'The Party title, the superior body and the issuing body are in capitals.',
  },
  reference: '§2, §3.2',
  messages: {
    caps: { vi: '{element} phải in hoa: "{text}".', en: '{elementEn} must be in capitals: "{text}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

const ELEMENTS: Record<string, { vi: string; en: string }> = {
  'party-title': { vi: 'Tiêu đề', en: 'The Party title' },
  'superior-body': { vi: 'Tên cơ quan cấp trên', en: 'The superior body' },
  'issuing-body': { vi: 'Tên cơ quan ban hành', en: 'The issuing body' },
};

export function check(ctx: RuleContext): void {
  for (const [role, name] of Object.entries(ELEMENTS)) {
    for (const part of ctx.parts(role)) {
      if (!isUpperCase(part.text)) ctx.report({ messageId: 'caps', args: { element: name.vi, elementEn: name.en, text: squash(part.text) }, at: part.at });
    }
  }
}
