import type { FontSlot, Location, RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'docx-font',
  code: 'CV012',
  description: {
    vi: 'Phông chữ Times New Roman (hoặc phông thay thế cùng số đo) ở các khe phông chữ Việt dùng (ascii, hAnsi).',
    en: 'Times New Roman (or a metric-compatible substitute) in the font slots Vietnamese text uses (ascii, hAnsi).',
  },
  reference: '§1, §D3',
  messages: {
    font: { vi: 'Phông "{font}" ({slot}) ở {count} đoạn, từ đoạn này; phải là {expected}.', en: 'Font "{font}" ({slot}) in {count} paragraph(s), from this one; it must be {expected}.' },
    unset: { vi: '{count} đoạn, từ đoạn này, không đặt phông ({slot}): Word sẽ dùng phông mặc định (thường là Calibri).', en: '{count} paragraph(s), from this one, set no font ({slot}): Word falls back to its default (usually Calibri).' },
  },
  // Vietnamese letters fall in hAnsi, basic Latin in ascii (MS-OI29500 §2.1.88); eastAsia and
  // cs only serve other scripts, so Word's own defaults there are not reported unless asked.
  options: { slots: ['ascii', 'hAnsi'], substitutes: ['Liberation Serif', 'Tinos', 'TeX Gyre Termes', 'Nimbus Roman', 'Nimbus Roman No9 L'] },
  sources: ['docx'],
};

export function check(ctx: RuleContext): void {
  const expected = [ctx.profile.font.family, ...(ctx.options.substitutes as string[])];
  const wrong = new Map<string, { font?: string; slot: string; count: number; at?: Location }>();
  const parts = ctx.doc.parts.filter((p) => p.format && p.text.trim());
  if (parts.length === 0) return ctx.notChecked('missing-part', 'text');
  for (const part of parts) {
    for (const slot of ctx.options.slots as FontSlot[]) {
      const font = part.format!.fonts[slot];
      if (font !== undefined && expected.includes(font)) continue;
      const key = `${font ?? ''}|${slot}`;
      const seen = wrong.get(key) ?? { font, slot, count: 0, at: part.at };
      seen.count++;
      wrong.set(key, seen);
    }
  }
  for (const w of wrong.values()) {
    const args = { font: w.font ?? '', slot: w.slot, count: w.count, expected: ctx.profile.font.family };
    ctx.report({ messageId: w.font === undefined ? 'unset' : 'font', args, at: w.at });
  }
}
