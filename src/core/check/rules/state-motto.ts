import { STATE_LINES } from '../read-printed';
import { slug, squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'state-motto',
  code: 'CV701',
  description: {
    vi: 'Không dùng quốc hiệu, tiêu ngữ của văn bản nhà nước ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").',
    en: 'No state national title or motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").',
  },
  reference: '§3.1, §7',
  messages: {
    state: { vi: '"{text}" là quốc hiệu, tiêu ngữ của văn bản nhà nước (Nghị định 30/2020); văn bản của Đảng dùng tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM".', en: '"{text}" is the state title or motto (Decree 30/2020); a Party document uses "ĐẢNG CỘNG SẢN VIỆT NAM".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};


export function check(ctx: RuleContext): void {
  // The recogniser finds them in the header (also beside the issuing body, after a tab);
  // anywhere else, a line that is only the title or the motto.
  const found = [...ctx.parts('state-motto'), ...ctx.doc.texts.filter((t) => isStateLine(t.text))];
  const seen = new Set<string>();
  for (const { text, at } of found) {
    const key = JSON.stringify(at ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.report({ messageId: 'state', args: { text: squash(text) }, at });
  }
}

/** The title and motto together are ~60 characters: a longer text is not one (and is not slugged). */
const MAX_STATE_LINE = 120;

function isStateLine(text: string): boolean {
  if (text.length > MAX_STATE_LINE) return false;
  const s = slug(text);
  return STATE_LINES.includes(s) || s === STATE_LINES.join('-');
}
