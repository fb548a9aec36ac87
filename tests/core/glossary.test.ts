// One glossary: every key the schema accepts has its Vietnamese term, and the README's table
// names every top-level key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/core/model/glossary';
import { root } from '../helpers/example';

type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; definitions?: Record<string, Schema> };
const schema: Schema = JSON.parse(readFileSync(join(root, 'schema/congvan.schema.json'), 'utf8'));

/**
 * Every key path the schema accepts, array items folded into their parent ("noi_dung.de_muc").
 * A shared definition (a body block, a signer) is named once, where it first appears.
 */
function keyPaths(node: Schema, prefix: string, expanded: Set<Schema>): string[] {
  const resolved = node.$ref ? schema.definitions![node.$ref.split('/').at(-1)!]! : node;
  if (node.$ref) {
    if (expanded.has(resolved)) return [];
    expanded.add(resolved);
  }
  const own = Object.entries(resolved.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(child, path, expanded)];
  });
  return [...own, ...(resolved.items ? keyPaths(resolved.items, prefix, expanded) : [])];
}

describe('glossary', () => {
  it('has an entry for every key of the schema, and no entry the schema lacks', () => {
    const paths = [...new Set(keyPaths(schema, '', new Set()))].sort();
    expect(GLOSSARY.map((e) => e.key).sort()).toEqual(paths);
  });

  it('appears in the README with every top-level key', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const key of Object.keys(schema.properties!)) expect(readme).toContain(`\`${key}\``);
  });
});

describe('glossary identifiers', () => {
  /** src/ (but the glossary), templates/ and profiles/: where an identifier can be used. */
  function sourcesText(): string {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return e.name === 'generated' ? [] : walk(path);
        return e.name === 'glossary.ts' ? [] : [path];
      });
    return ['src', 'templates', 'profiles'].flatMap((d) => walk(join(root, d))).map((f) => readFileSync(f, 'utf8')).join('\n');
  }

  it('lists only identifiers the code, templates or profile use (a style, a field, a property)', () => {
    const text = sourcesText();
    const escape = (s: string) => s.replace(/[-]/g, '\\-');
    const used = (id: string) =>
      new RegExp(`['"]${escape(id)}['"]|\\b${escape(id)}\\??:|\\.${escape(id)}\\b|^\\s*${escape(id)}:`, 'm').test(text);
    const unused = [...new Set(GLOSSARY.map((e) => e.id))].filter((id) => !used(id));
    expect(unused).toEqual([]);
    expect(used('no-such-identifier')).toBe(false);
  });
});
