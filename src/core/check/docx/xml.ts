// OOXML parts as small element trees (saxes: a strict, non-validating XML parser).
import { SaxesParser } from 'saxes';

export type El = { name: string; attrs: Record<string, string>; children: El[]; text: string };

export function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
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
