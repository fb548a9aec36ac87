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

const STATE_LINES = ['cong-hoa-xa-hoi-chu-nghia-viet-nam', 'doc-lap-tu-do-hanh-phuc'];

export function check(ctx: RuleContext): void {
  for (const span of ctx.doc.texts) {
    // A line that is only the motto (header lines may hold both, split by a line break).
    const s = slug(span.text);
    if (STATE_LINES.some((l) => s === l || s === STATE_LINES.join('-'))) ctx.report({ messageId: 'state', args: { text: squash(span.text) }, at: span.at });
  }
}
