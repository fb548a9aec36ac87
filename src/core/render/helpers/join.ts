// {{join list}}: the items separated by spaces (for markup attributes such as widths).
export function join(list: unknown): string {
  return Array.isArray(list) ? list.join(' ') : '';
}
