import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'docx-page-setup',
  code: 'CV011',
  description: {
    vi: 'Khổ giấy A4 đứng, lề trên 20, dưới 20, trái 30, phải 15 mm (theo hồ sơ thể thức).',
    en: 'A4 portrait, margins top 20, bottom 20, left 30, right 15 mm (from the profile).',
  },
  reference: '§1',
  messages: {
    size: { vi: 'Khổ giấy {width} × {height} mm; phải là A4 {expectedWidth} × {expectedHeight} mm.', en: 'The page is {width} × {height} mm; it must be A4, {expectedWidth} × {expectedHeight} mm.' },
    landscape: { vi: 'Trang đặt nằm ngang; văn bản trình bày trên trang đứng.', en: 'The page is landscape; documents are portrait.' },
    margin: { vi: 'Lề {side} là {found} mm; phải là {expected} mm.', en: 'The {sideEn} margin is {found} mm; it must be {expected} mm.' },
  },
  options: { toleranceMm: 0.5 },
  sources: ['docx'],
};

const SIDES = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
const mm = (n: number) => Math.round(n * 10) / 10;

export function check(ctx: RuleContext): void {
  const layout = ctx.doc.layout;
  if (!layout?.page || !layout.marginsMm) return ctx.notChecked('missing-part', 'sectPr');
  const tolerance = Number(ctx.options.toleranceMm);
  const { page } = ctx.profile;
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
  if (layout.page.landscape) ctx.report({ messageId: 'landscape' });
  const [w, h] = [Math.min(layout.page.widthMm, layout.page.heightMm), Math.max(layout.page.widthMm, layout.page.heightMm)];
  if (!near(w, page.width_mm) || !near(h, page.height_mm)) {
    ctx.report({ messageId: 'size', args: { width: mm(w), height: mm(h), expectedWidth: page.width_mm, expectedHeight: page.height_mm } });
  }
  for (const side of Object.keys(SIDES) as (keyof typeof SIDES)[]) {
    const found = layout.marginsMm[side];
    const expected = page.margin_mm[side];
    if (!near(found, expected)) ctx.report({ messageId: 'margin', args: { side: SIDES[side], sideEn: side, found: mm(found), expected } });
  }
}
