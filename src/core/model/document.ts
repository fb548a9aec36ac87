// The document model: plain, readonly data between the templates and the DOCX writer.
// Nothing here knows OOXML; `style` names a paragraph or table style of the format profile.
export type Run = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** a line break (text is empty) */
  readonly lineBreak?: boolean;
  /** a tab (text is empty) */
  readonly tab?: boolean;
  /** a field the reader computes (text is empty): the current page number */
  readonly field?: 'page';
};

export type Paragraph = { readonly kind: 'paragraph'; readonly style: string; readonly runs: readonly Run[] };

/** A horizontal rule drawn as its own element (e.g. under "ĐẢNG CỘNG SẢN VIỆT NAM"). */
export type Rule = { readonly kind: 'rule'; readonly style: string };

export type Cell = { readonly blocks: readonly Block[] };
/** `header`: a heading row, repeated at the top of each page the table runs onto. */
export type Row = { readonly cells: readonly Cell[]; readonly header?: boolean };
/** `widths`: relative column widths given by the author; else the profile's columns. */
export type Table = { readonly kind: 'table'; readonly style: string; readonly rows: readonly Row[]; readonly widths?: readonly number[] };

export type Block = Paragraph | Rule | Table;

export type DocumentMeta = {
  readonly docType: string;
  readonly title: string;
  readonly number: string;
  readonly issuer: string;
  readonly date: string; // ISO yyyy-MM-dd
};

export type DocumentModel = { readonly meta: DocumentMeta; readonly blocks: readonly Block[] };
