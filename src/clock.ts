// The only clock of the package (src/core has none): today's date for the date rules.
/**
 * Today's date for the date rules, ISO yyyy-MM-dd in local time. SOURCE_DATE_EPOCH, when set,
 * stands for "now" (reproducible CI runs give the same report on any day).
 */
export function todayOf(env: Readonly<Record<string, string | undefined>> = {}, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
