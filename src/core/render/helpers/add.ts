// {{add @index 1}}: numbering from 1.
export function add(a: unknown, b: unknown): number {
  return Number(a) + Number(b);
}
