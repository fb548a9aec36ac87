// {{#if (single list)}}: exactly one item.
export function single(list: unknown): boolean {
  return Array.isArray(list) && list.length === 1;
}
