// The checker's data: a checked document (from a YAML input or a .docx file, seen the same
// way: recognised parts with their text and where they are), rules, and findings.
import type { DataPath } from '../load/parse-yaml';
import type { Profile } from '../profile/profile';

import type { DiagnosticBase, Severity } from '../diagnostics';

export type { Severity };
export type Bilingual = { readonly vi: string; readonly en: string };
/** A rule's message; with a hint when it is a concept the loader shares (src/core/messages.ts). */
export type RuleMessage = Bilingual & { readonly hint?: Bilingual };
export type Setting = Severity | 'off';
/** How a rule runs (the preset, or a config's `check:` section). */
export type RuleSetting = { severity: Setting; options?: Readonly<Record<string, unknown>> };
/** The rules' settings, by rule id: the check options, declared once. */
export type CheckSettings = Record<string, RuleSetting>;

/**
 * line:col in a YAML file (in `file` when the value came from congvan.config.yaml); the
 * paragraph number (1-based, document order) and an excerpt in a .docx file.
 */
export type Location =
  | { readonly line: number; readonly col: number; readonly file?: string }
  | { readonly paragraph: number; readonly excerpt: string };

/**
 * A part of the document, named as the profile's styles (and the model) name it: 'party-title',
 * 'superior-body', 'issuing-body', 'star', 'number', 'cv-subject', 'place-date', 'doc-title',
 * 'doc-subtitle', 'doc-subject', 'kinh-gui', 'body', 'point', 'sub-point', 'heading-1' …,
 * 'signer-authority', 'signer-title', 'signer-name', 'noi-nhan-label', 'noi-nhan'; and
 * 'state-motto' for a state-format header line.
 */
export type Role = string;

/** How a .docx part looks: what most of its characters carry after style inheritance. */
export type RunFormat = {
  readonly sizePt?: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly caps: boolean;
  readonly fonts: Readonly<Record<FontSlot, string | undefined>>;
};
export type FontSlot = 'ascii' | 'hAnsi' | 'eastAsia' | 'cs';

export type ParagraphFormat = {
  readonly align?: string;
  readonly beforePt?: number;
  readonly afterPt?: number;
  readonly linePt?: number;
  readonly lineRule?: 'exact' | 'atLeast' | 'auto';
  readonly firstLineMm?: number;
};

export type Part = {
  readonly role: Role;
  /** The text as printed (capitals applied). */
  readonly text: string;
  readonly at?: Location;
  /** YAML: the input value it is printed from (fixes rewrite it). */
  readonly path?: DataPath;
  /** .docx: the look of the part. */
  readonly format?: RunFormat;
  readonly paragraph?: ParagraphFormat;
  /** .docx: the paragraph uses Word's automatic numbering (its marker is not in the text). */
  readonly autoNumbered?: boolean;
  /** A part of an appendix or of a copy block (bản sao), not of the document itself. */
  readonly section?: 'appendix' | 'copy';
};

/** A text the author typed, for the hygiene rules: a YAML string as written, or a .docx paragraph. */
export type TextSpan = {
  readonly text: string;
  readonly at?: Location;
  readonly path?: DataPath;
  /** Where a match at `offset` of `text` is (a YAML block scalar spans several lines). */
  readonly locate?: (offset: number) => Location | undefined;
};

export type DocxLayout = {
  readonly page?: { widthMm: number; heightMm: number; landscape: boolean };
  readonly marginsMm?: { top: number; bottom: number; left: number; right: number };
  /** The table the header block sits in, if any. */
  readonly headerTable?: { columns: number; bordersVisible: boolean };
  readonly titlePage: boolean;
  /** PAGE fields in the headers of the first page and of the other pages; their alignment. */
  readonly pageNumber: { firstPage: boolean; otherPages: boolean; align?: string };
};

export type DocTypeSource = 'input' | 'title' | 'layout' | 'number';

export type CheckDocument = {
  readonly kind: 'yaml' | 'docx';
  /** The document type (`loai`), and how it was known. */
  readonly docType?: string;
  readonly docTypeSource?: DocTypeSource;
  /** YAML: the date as written in `ngay`, and the months the document pads (`ngay_thang_hai_so`, else the profile's). */
  readonly rawDate?: { readonly text: string; readonly at?: Location; readonly path: DataPath; readonly padMonthUntil?: number };
  readonly parts: readonly Part[];
  readonly texts: readonly TextSpan[];
  readonly layout?: DocxLayout;
  /** `so: auto`: the register gives the number at build time, so there is none to check yet. */
  readonly numberPending?: boolean;
  /** Rules the file itself turns off (`# congvan-check-disable rule-id`), with its reason beside. */
  readonly disabledRules?: readonly string[];
};

export type Fix = {
  /** The YAML value to rewrite. */
  readonly path: DataPath;
  /** A character-level edit: applied to the value (or to a block scalar's text). */
  readonly edit: (text: string) => string;
};

/** A diagnostic of a check rule: `code` is the rule's short code (CV502), its message the rule's. */
export type Finding = DiagnosticBase & {
  readonly ruleId: string;
  readonly messageId: string;
  readonly at?: Location;
  readonly fix?: Fix;
};

export type NotChecked = { readonly ruleId: string; readonly reason: NotCheckedReason; readonly detail?: string };
/** docx-only: the rule reads the .docx layout; missing-part: the part was not found (or not recognised). */
export type NotCheckedReason = 'docx-only' | 'missing-part' | 'unreadable';

export type RuleMeta = {
  readonly id: string;
  readonly code: string;
  readonly description: Bilingual;
  /** The clause of docs/standard.md it enforces, e.g. '§3.3'. */
  readonly reference: string;
  /** How real published documents shaped the rule (docs/rules.md prints it). */
  readonly realUsage?: string;
  readonly messages: Readonly<Record<string, RuleMessage>>;
  /** Default options; a config file may override them. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Which sources it reads; .docx-only rules are "not checked" on a YAML input. */
  readonly sources: readonly ('yaml' | 'docx')[];
  /** Its findings carry a fix that `--fix` applies to a YAML input. */
  readonly fixable?: boolean;
};

export type Report = { messageId: string; args?: Record<string, string | number>; at?: Location; fix?: Fix };

export type RuleContext = {
  readonly doc: CheckDocument;
  readonly profile: Profile;
  /** Today's date, ISO yyyy-MM-dd (injected: the core has no clock). */
  readonly today: string;
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
  /** The parts with this role; when there is none, the rule is marked not checked. */
  need(role: Role): readonly Part[];
  parts(role: Role): readonly Part[];
  notChecked(reason: NotCheckedReason, detail?: string): void;
};

export type Rule = { readonly meta: RuleMeta; check(context: RuleContext): void };
