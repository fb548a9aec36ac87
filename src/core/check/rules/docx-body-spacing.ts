import type { Location, RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'docx-body-spacing',
  code: 'CV016',
  description: {
    vi: 'Đoạn nội dung căn đều hai lề, thụt đầu dòng 1–1,27 cm, giãn dòng "chính xác" ít nhất 18 pt, cách đoạn ít nhất 6 pt.',
    en: 'Body paragraphs justified, first-line indent 1–1.27 cm, line spacing "exactly" at least 18 pt, at least 6 pt between paragraphs.',
  },
  reference: '§3.8, §6',
  messages: {
    align: { vi: '{count} đoạn nội dung, từ đoạn này, không căn đều hai lề.', en: '{count} body paragraph(s), from this one, are not justified.' },
    indent: { vi: '{count} đoạn nội dung, từ đoạn này, thụt đầu dòng {found} mm; phải {min}–{max} mm.', en: '{count} body paragraph(s), from this one, indent the first line {found} mm; it must be {min}–{max} mm.' },
    line: { vi: '{count} đoạn nội dung, từ đoạn này, giãn dòng {found}; phải "chính xác" (Exactly) ít nhất {expected} pt.', en: '{count} body paragraph(s), from this one, have line spacing {found}; it must be "Exactly" at least {expected} pt.' },
    gap: { vi: '{count} đoạn nội dung, từ đoạn này, cách đoạn {found} pt; phải ít nhất {expected} pt.', en: '{count} body paragraph(s), from this one, are {found} pt apart; at least {expected} pt.' },
  },
  options: { roles: ['body', 'point', 'sub-point'] },
  sources: ['docx'],
};

type Group = { args: Record<string, string | number>; at?: Location; count: number };

export function check(ctx: RuleContext): void {
  const roles = ctx.options.roles as string[];
  const body = ctx.profile.styles.body;
  const paragraphs = ctx.doc.parts.filter((p) => roles.includes(p.role) && p.paragraph && p.text.trim());
  if (!body || paragraphs.length === 0) return ctx.notChecked('missing-part', 'body');
  const [min, max] = body.first_line_allowed_mm ?? [body.first_line_mm ?? 0, body.first_line_mm ?? 0];
  const groups = new Map<string, Group>();
  const add = (messageId: string, args: Record<string, string | number>, at?: Location) => {
    const g = groups.get(messageId) ?? { args, at, count: 0 };
    g.count++;
    groups.set(messageId, g);
  };
  for (const part of paragraphs) {
    const p = part.paragraph!;
    if (body.align && p.align !== 'both' && p.align !== body.align) add('align', {}, part.at);
    const indent = p.firstLineMm ?? 0;
    if (indent < min - 0.3 || indent > max + 0.3) add('indent', { found: Math.round(indent * 10) / 10, min, max }, part.at);
    if (body.line_exact_pt !== undefined && (p.lineRule !== 'exact' || (p.linePt ?? 0) < body.line_exact_pt - 0.05)) {
      const found = p.lineRule === 'exact' ? `${p.linePt} pt` : p.lineRule === 'atLeast' ? `≥ ${p.linePt} pt` : `${Math.round(((p.linePt ?? 12) / 12) * 100) / 100} ×`;
      add('line', { found, expected: body.line_exact_pt }, part.at);
    }
    const gap = (p.beforePt ?? 0) + (p.afterPt ?? 0);
    const wanted = (body.space_before_pt ?? 0) + (body.space_after_pt ?? 0);
    if (gap < wanted - 0.05) add('gap', { found: gap, expected: wanted }, part.at);
  }
  for (const [messageId, g] of groups) ctx.report({ messageId, args: { ...g.args, count: g.count }, at: g.at });
}
