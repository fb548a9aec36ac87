import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-name-rank',
  code: 'CV507',
  description: {
    vi: 'Họ tên người ký không kèm học hàm, học vị, cấp bậc ("TS.", "Đại tá", "Đồng chí").',
    en: 'The signer\'s name carries no academic or military title ("TS.", "Đại tá", "Đồng chí").',
  },
  reference: '§3.9',
  messages: {
    rank: { vi: 'Bỏ "{rank}" trước họ tên "{text}".', en: 'Drop "{rank}" before the name "{text}".' },
  },
  options: { ranks: ['GS.TS.', 'PGS.TS.', 'GS.', 'PGS.', 'TS.', 'ThS.', 'KS.', 'BS.', 'CN.', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Đồng chí', 'Đ/c'] },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const ranks = ctx.options.ranks as string[];
  for (const part of ctx.parts('signer-name')) {
    const text = squash(part.text);
    const rank = ranks.find((r) => text.toLowerCase().startsWith(`${r.toLowerCase()}${r.endsWith('.') ? '' : ' '}`));
    if (rank) ctx.report({ messageId: 'rank', args: { rank, text }, at: part.at });
  }
}
