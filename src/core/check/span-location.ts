// Where a match inside a text is: its own line:col in a YAML string, or its paragraph in a
// .docx file with the text around it as the excerpt.
import { excerpt } from './text';
import type { Location, TextSpan } from './types';

export function spanLocation(span: TextSpan, offset: number): Location | undefined {
  const at = span.locate?.(offset) ?? span.at;
  if (at && 'paragraph' in at) return { paragraph: at.paragraph, excerpt: excerpt(span.text.slice(Math.max(0, offset - 15))) };
  return at;
}
