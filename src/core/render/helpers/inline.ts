// {{inline text}}: the author's *italic* and **bold** become <i>/<b> markup. Everything else
// is escaped first, so a value can never add markup of its own.
import Handlebars from 'handlebars';

const EMPHASIS = /(\*\*)(?=\S)([\s\S]*?\S)\*\*|(\*)(?=\S)([\s\S]*?\S)\*/g;

// "\*" is a literal asterisk: hidden in a private-use character while emphasis is read.
const LITERAL_STAR = '\uE000';

export function inlineMarkup(text: string): string {
  return emphasize(text.replace(/\\\*/g, LITERAL_STAR)).replaceAll(LITERAL_STAR, '*');
}

function emphasize(text: string): string {
  const escape = Handlebars.Utils.escapeExpression;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    out += escape(text.slice(last, m.index));
    out += m[1] ? `<b>${emphasize(m[2]!)}</b>` : `<i>${emphasize(m[4]!)}</i>`;
    last = m.index! + m[0].length;
  }
  return out + escape(text.slice(last));
}

export function inline(text: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(inlineMarkup(String(text ?? '')));
}
