// A format profile: every number of the layout (sizes, margins, widths, spacing, which
// element is bold or italic), read from profiles/<name>.yaml. Code holds none of them.

export type Align = 'left' | 'center' | 'right' | 'justify';

export type ParagraphStyle = {
  size_pt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  align?: Align;
  space_before_pt?: number;
  space_after_pt?: number;
  line_exact_pt?: number;
  first_line_mm?: number;
  indent_left_mm?: number;
  indent_right_mm?: number;
  hanging_mm?: number;
  tab_mm?: number;
  keep_next?: boolean;
  /** all lines of the paragraph on one page */
  keep_lines?: boolean;
  page_break_before?: boolean;
  rule?: { length_mm: number; weight_pt: number };
  /** Sizes the standard allows ([min, max]), where it gives a range; the checker accepts them. */
  size_allowed_pt?: [number, number];
  /** First-line indents the standard allows ([min, max]). */
  first_line_allowed_mm?: [number, number];
};

export type TableStyle = {
  columns_mm: number[];
  cell_margin_mm: number;
  /** line weight of the borders; 0 or absent: no borders */
  border_pt?: number;
  cant_split: boolean;
  repeat_header_row: boolean;
  /** the paragraph just before the table stays on the table's page (keep with next) */
  keep_previous?: boolean;
  /** room between the table and the paragraphs around it */
  space_before_pt?: number;
  space_after_pt?: number;
};

export type Profile = {
  name: string;
  page: {
    width_mm: number;
    height_mm: number;
    margin_mm: { top: number; bottom: number; left: number; right: number };
    header_distance_mm: number;
    footer_distance_mm: number;
  };
  font: { family: string; size_pt: number; language: string };
  /** Word's widow/orphan control for every paragraph (no single line left alone on a page). */
  widow_control?: boolean;
  page_number: { style: string; first_page: boolean };
  type_codes: Record<string, string>;
  /** Months 1…pad_month_until are written 01, 02 … (2 in HD36 practice; some offices pad all). */
  date?: { pad_month_until: number };
  tables: Record<string, TableStyle>;
  styles: Record<string, ParagraphStyle>;
};

type RawStyle = Partial<ParagraphStyle> & { based_on?: string };

/** A profile the schema accepts but that does not hold together; `path`: where, in the file's data. */
export class ProfileError extends Error {
  constructor(
    message: string,
    readonly path?: readonly (string | number)[],
  ) {
    super(message);
  }
}

export type RawProfile = Omit<Profile, 'styles'> & { styles: Record<string, RawStyle> };

/** Checks a parsed profile and resolves `based_on` chains, so every style is complete. */
export function resolveProfile(raw: RawProfile): Profile {
  for (const key of ['name', 'page', 'font', 'page_number', 'type_codes', 'tables', 'styles'] as const) {
    if (raw?.[key] === undefined) throw new ProfileError(`missing "${key}"`);
  }
  const styles: Record<string, ParagraphStyle> = {};
  const resolve = (name: string, trail: string[]): ParagraphStyle => {
    if (styles[name]) return styles[name];
    const style = raw.styles[name];
    const from = trail.at(-1);
    if (!style) throw new ProfileError(`unknown style "${name}" (${trail.join(' → ')})`, from ? ['styles', from, 'based_on'] : undefined);
    if (trail.includes(name)) throw new ProfileError(`based_on loop: ${[...trail, name].join(' → ')}`, ['styles', from!, 'based_on']);
    const { based_on, ...own } = style;
    const base = based_on ? resolve(based_on, [...trail, name]) : {};
    const merged = { ...base, ...own } as ParagraphStyle;
    if (typeof merged.size_pt !== 'number') throw new ProfileError(`style "${name}" has no size_pt`, ['styles', name]);
    return (styles[name] = merged);
  };
  for (const name of Object.keys(raw.styles)) resolve(name, []);
  if (!styles[raw.page_number.style]) throw new ProfileError(`page_number.style "${raw.page_number.style}" is not a style`, ['page_number', 'style']);
  const textWidth = raw.page.width_mm - raw.page.margin_mm.left - raw.page.margin_mm.right;
  for (const [name, table] of Object.entries(raw.tables)) {
    const width = table.columns_mm.reduce((a, b) => a + b, 0);
    if (width > textWidth + 0.05) {
      throw new ProfileError(`table "${name}" (${table.columns_mm.join(' + ')} mm) is wider than the text area (${textWidth} mm)`, ['tables', name, 'columns_mm']);
    }
  }
  return { ...raw, styles };
}
