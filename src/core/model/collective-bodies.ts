import { slug } from './slug';

// Bodies that sign "T/M" (thay mặt): congresses and their organs, cấp ủy, ủy ban kiểm tra,
// đảng đoàn, ban cán sự đảng, hội đồng (docs/standard.md §3.9, HD36 1.7.1). Compared without
// diacritics, so "UỶ" and "ỦY" are the same word. Rules take it as an option.
export const COLLECTIVE_BODIES: readonly string[] = [
  'BAN CHẤP HÀNH', 'BAN THƯỜNG VỤ', 'BỘ CHÍNH TRỊ', 'BAN BÍ THƯ',
  'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'QUẬN ỦY', 'THỊ ỦY', 'ĐẢNG ỦY', 'CHI ỦY', 'CHI BỘ', 'ĐẢNG BỘ',
  'ỦY BAN KIỂM TRA', 'ĐẢNG ĐOÀN', 'BAN CÁN SỰ', 'HỘI ĐỒNG', 'THƯỜNG TRỰC',
  'ĐẠI HỘI', 'ĐOÀN CHỦ TỊCH', 'ĐOÀN THƯ KÝ', 'BAN THẨM TRA', 'BAN KIỂM PHIẾU',
];

/** The name is one of `bodies`, or starts with one ("BAN THƯỜNG VỤ TỈNH ỦY"); diacritics ignored. */
export function isCollective(name: string, bodies: readonly string[]): boolean {
  const s = slug(name);
  return bodies.some((b) => s === slug(b) || s.startsWith(`${slug(b)}-`));
}
