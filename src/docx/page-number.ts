// Page numbers: top centre, Arabic, none on page 1 (titlePg + an empty first-page header;
// docx-pitfalls D5).
import { Header } from 'docx';
import { writeParagraph, type WriteContext } from './paragraph';

export function pageNumberHeaders(ctx: WriteContext): { default: Header; first: Header } {
  const style = ctx.profile.page_number.style;
  const numbered = () => writeParagraph(ctx, { kind: 'paragraph', style, runs: [{ text: '', field: 'page' }] });
  const empty = writeParagraph(ctx, { kind: 'paragraph', style, runs: [] });
  return {
    default: new Header({ children: [numbered()] }),
    first: new Header({ children: [ctx.profile.page_number.first_page ? numbered() : empty] }),
  };
}
