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

/** What the document properties (docProps) carry, for e-office systems that ingest the file. */
export type DocumentMeta = {
  readonly docType: string;
  /** The trích yếu, on one line. */
  readonly title: string;
  /** "Số 1023-CV/ĐUK" */
  readonly number: string;
  /** "1023" */
  readonly serial: string;
  /** "1023-CV/ĐUK" */
  readonly kyHieu: string;
  /** "CV" */
  readonly typeCode: string;
  /** Superior and issuing body, one line: the author in docProps/core.xml. */
  readonly issuer: string;
  /** The issuing body alone (tên cơ quan ban hành). */
  readonly issuingBody: string;
  readonly date: string; // ISO yyyy-MM-dd
};

export type DocumentModel = { readonly meta: DocumentMeta; readonly blocks: readonly Block[] };
