// A bounded memo: the value for `key`, built once while it stays among the `limit` most
// recently used. Batches repeat most of their parts; each document's own parts pass through.
export function remember<K, V>(cache: Map<K, V>, key: K, limit: number, build: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = build();
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
  return value;
}
