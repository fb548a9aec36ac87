// Which parts are the body of the document (its paragraphs, points, headings, căn cứ), as the
// model's styles name them; appendices and copy blocks are left to their own sections.
import type { CheckDocument, Part } from './types';

export const BODY_ROLES: ReadonlySet<string> = new Set([
  'body', 'point', 'sub-point', 'heading-1', 'heading-2', 'article', 'basis', 'enacting', 'division-label', 'division-name',
]);

/** The body paragraphs of the document itself, in order. */
export const bodyParts = (doc: CheckDocument): Part[] => doc.parts.filter((p) => BODY_ROLES.has(p.role) && !p.section);
