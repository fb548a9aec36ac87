// The few pieces of XML text the writer needs: escaping and the WordprocessingML namespaces.
// Elements are written as strings in schema order (ECMA-376 Part 1, §17), by the writers that
// own them (paragraph.ts, table.ts, parts.ts); tests/docx/schema-order.test.ts checks the order.

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// XML 1.0 has no place for most C0 controls: they are dropped, never written.
// eslint-disable-next-line no-control-regex
const TEXT = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const ATTR = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeText = (s: string): string => s.replace(TEXT, (c) => ENTITIES[c] ?? '');
export const escapeAttr = (s: string): string => s.replace(ATTR, (c) => ENTITIES[c] ?? '');
