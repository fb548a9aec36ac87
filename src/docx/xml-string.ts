// docx's Formatter output → XML text, written exactly as docx's own (unexported)
// stringifyXmlable writes it without indentation, quirks included, so that a document.xml
// built alone is byte for byte the one docx's compiler writes (tests/docx/skeleton.test.ts).
export type Xmlable = Record<string, unknown>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Escaped text; undefined is written as nothing, as docx does. */
const text = (value: unknown): string =>
  typeof value === 'string' ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value === undefined ? '' : String(value);

export function xmlString(element: Xmlable, declaration: string): string {
  return declaration + elementXml(element);
}

// Elements that are the same object in many documents (shared paragraphs, paragraph.ts):
// their XML text is written once.
const shared = new WeakMap<object, string | undefined>();

/** Marks a prepared element as unchanging, so its text is kept after it is first written. */
export function shareXml(element: object): void {
  if (!shared.has(element)) shared.set(element, undefined);
}

function elementXml(data: Xmlable): string {
  if (!shared.has(data)) return writeElement(data);
  let xml = shared.get(data);
  if (xml === undefined) shared.set(data, (xml = writeElement(data)));
  return xml;
}

function writeElement(data: Xmlable): string {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: string[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${typeof value === 'string' ? text(value) : String(value)}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values) {
          if (typeof value === 'object') {
            if (Object.keys(value)[0] === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(elementXml(value as Xmlable));
          } else {
            // As docx does: text replaces whatever came just before it.
            content.pop();
            isStringContent = true;
            content.push(text(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else {
    content.push(text(values));
  }
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '');
  if (content.length === 0) return `${open}/>`;
  return `${open}${name ? '>' : ''}${content.join('')}${name ? `</${name}>` : ''}`;
}
