// The format rules compare each .docx part with its profile style and report each kind of
// difference once per element, at its first paragraph, with how many paragraphs share it.
import type { ParagraphStyle } from '../profile/profile';
import { elementName } from './element-names';
import type { Location, Part, RuleContext } from './types';

export type Difference = { messageId: string; args: Record<string, string | number> };

export function reportFormat(ctx: RuleContext, compare: (part: Part, style: ParagraphStyle) => Difference | undefined): void {
  const skip = new Set((ctx.options.skip as string[] | undefined) ?? []);
  const groups = new Map<string, { d: Difference; at?: Location; count: number; role: string }>();
  const formatted = ctx.doc.parts.filter((p) => p.format && p.text.trim() && !skip.has(p.role) && p.role !== 'state-motto');
  if (formatted.length === 0) return ctx.notChecked('missing-part', 'text');
  for (const part of formatted) {
    const style = ctx.profile.styles[part.role];
    if (!style) {
      ctx.notChecked('missing-part', `profile style ${part.role}`);
      continue;
    }
    const d = compare(part, style);
    if (!d) continue;
    const key = `${part.role}|${d.messageId}|${JSON.stringify(d.args)}`;
    const group = groups.get(key) ?? { d, at: part.at, count: 0, role: part.role };
    group.count++;
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const name = elementName(g.role);
    ctx.report({ messageId: g.d.messageId, args: { ...g.d.args, element: name.vi, elementEn: name.en, count: g.count }, at: g.at });
  }
}
