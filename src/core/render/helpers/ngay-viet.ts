// {{ngay-viet ngay thang_dem_0}}: "ngày 19 tháng 7 năm 2023". Days 1–9 and months 1–2 take a
// leading zero (docs/standard.md §3.4): "ngày 05 tháng 01 năm 2024"; a profile that follows
// older habits pads more months (pad_month_until: 12 → "tháng 07").
export function ngayViet(iso: unknown, padMonthUntil?: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) throw new Error(`ngay-viet needs an ISO date, got "${String(iso)}"`);
  const [, year, month, day] = m;
  const until = typeof padMonthUntil === 'number' ? padMonthUntil : 2;
  const monthText = Number(month) <= until ? month : String(Number(month));
  return `ngày ${day} tháng ${monthText} năm ${year}`;
}

// {{ngay-so ngay}}: "05/01/2024", as dates are cited inside text ("Kèm theo … ngày 05/01/2024").
export function ngaySo(iso: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) throw new Error(`ngay-so needs an ISO date, got "${String(iso)}"`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}
