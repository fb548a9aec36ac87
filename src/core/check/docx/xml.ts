// OOXML parts as small element trees (saxes: a strict, non-validating XML parser).
import { SaxesParser } from 'saxes';

export type El = { name: string; attrs: Record<string, string>; children: El[]; text: string };

/**
 * Bounds on one part's tree: a real document has tens of thousands of elements, a few dozen
 * levels deep; a million empty paragraphs or a deep nest would exhaust memory or the stack.
 */
export const XML_LIMITS = { elements: 150_000, depth: 256 } as const;

export class XmlLimitError extends Error {}

export function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  let count = 0;
  parser.on('opentag', (t) => {
    if (++count > XML_LIMITS.elements) throw new XmlLimitError(`> ${XML_LIMITS.elements} elements`);
    if (stack.length > XML_LIMITS.depth) throw new XmlLimitError(`> ${XML_LIMITS.depth} levels of nesting`);
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (s) => void (stack.at(-1)!.text += s));
  parser.write(xml).close();
  return root;
}

/** Direct children named `name`. */
export const kids = (el: El | undefined, name: string): El[] => el?.children.filter((c) => c.name === name) ?? [];
export const kid = (el: El | undefined, name: string): El | undefined => el?.children.find((c) => c.name === name);

/** Every descendant named `name`, in document order. */
export function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** A toggle or on/off property (<w:b/>, <w:b w:val="0"/>): undefined when absent. */
export function onOff(el: El | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

export const num = (v: string | undefined): number | undefined => (v === undefined || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
