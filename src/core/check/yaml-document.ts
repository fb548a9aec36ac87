// A YAML input as the checker sees it: the parts of the document it will print (from the same
// model the DOCX is written from, capitals applied), each placed at the YAML value it comes
// from (in congvan.config.yaml when the organisation profile supplied it), and every string
// as the author typed it (before normalisation), with line:col.
import type { Position } from '../diagnostics';
import type { DataPath, ParsedYaml, YamlString } from '../load/parse-yaml';
import type { Block, DocumentModel } from '../model/document';
import type { DocumentInput } from '../model/input';
import type { Profile } from '../profile/profile';
import { squash, upper } from './text';
import type { CheckDocument, Location, Part, TextSpan } from './types';

/** Model styles that print the same part. */
const ROLE_OF_STYLE: Readonly<Record<string, string>> = { 'kinh-gui-first': 'kinh-gui', 'kinh-gui-next': 'kinh-gui', 'kinh-gui-label': 'kinh-gui', 'kinh-gui-item': 'kinh-gui' };

/** Where each part's text comes from; list-valued fields give one part per item. */
const PATH_OF_ROLE: Readonly<Record<string, DataPath>> = {
  'superior-body': ['co_quan', 'cap_tren'],
  'issuing-body': ['co_quan', 'ten'],
  number: ['so_ky_hieu', 'so'],
  'cv-subject': ['trich_yeu'],
  'doc-title': ['loai'],
  'doc-subtitle': ['tieu_de_phu'],
  'doc-subject': ['trich_yeu'],
  'place-date': ['dia_danh'],
  'kinh-gui': ['kinh_gui'],
  basis: ['can_cu'],
  enacting: ['cau_ban_hanh'],
  'noi-nhan': ['noi_nhan'],
  'draft-mark': ['du_thao'],
  'secrecy-mark': ['mat'],
  'urgency-mark': ['khan'],
  'circulation-mark': ['pham_vi_luu_hanh'],
};

/** The signer's lines: under `ky`, a mapping or (biên bản) a list of them. */
const SIGNER_KEYS: Readonly<Record<string, string>> = { 'signer-authority': 'quyen_han', 'signer-title': 'chuc_vu', 'signer-name': 'ho_ten' };

/** Wording of the template itself: no value of the input prints it. */
const TEMPLATE_ROLES = new Set(['party-title', 'star', 'noi-nhan-label', 'separator', 'appendix-note']);

export type YamlSource = { text: string; parsed: ParsedYaml; input: DocumentInput; model: DocumentModel; profile: Profile };

export function yamlDocument({ text, parsed, input, model, profile }: YamlSource): CheckDocument {
  const strings = parsed.strings();
  const comparables = comparablesOf(strings);
  const texts: TextSpan[] = strings.map((s) => ({ text: s.value, path: s.path, at: s.locate(0, 0), locate: (offset) => s.locate(offset) }));
  const locate = (path: DataPath): Location => position(parsed.locate(path), parsed.fileOf?.(path));
  const numberPending = input.so_ky_hieu.so === 'auto';
  const counts = new Map<string, number>();
  let signers = 0;
  let section: Part['section'];
  const parts: Part[] = [];
  for (const { style, text: printed } of paragraphsOf(model.blocks)) {
    if (style === 'appendix-label') section = 'appendix';
    if (style === 'copy-rule') section = 'copy';
    if (printed === undefined) continue;
    const role = ROLE_OF_STYLE[style] ?? style;
    if (role === 'number' && numberPending && !section) continue;
    const index = counts.get(role) ?? 0;
    counts.set(role, index + 1);
    const partText = profile.styles[style]?.caps === true ? upper(printed) : printed;
    const base = section ? undefined : (PATH_OF_ROLE[role] ?? signerPath(parsed, role, signers));
    if (role === 'signer-name' && !section) signers++;
    const source = base ? { path: itemPath(parsed, base, index) } : TEMPLATE_ROLES.has(role) ? undefined : findSource(comparables, printed);
    parts.push({ role, text: partText, ...(section && { section }), ...(source && { path: source.path, at: locate(source.path) }) });
  }
  const ngay = strings.find((s) => s.path.length === 1 && s.path[0] === 'ngay');
  return {
    kind: 'yaml',
    docType: input.loai,
    docTypeSource: 'input',
    ...(ngay && { rawDate: { text: ngay.value, path: ngay.path, at: position(ngay.locate(0, 0)), padMonthUntil: input.thang_dem_0 } }),
    parts,
    texts,
    numberPending,
    disabledRules: disabledRules(text),
  };
}

/** Per list of strings: a mail merge checks every row against the same document's strings. */
const comparableCache = new WeakMap<readonly YamlString[], { path: DataPath; text: string }[]>();

function comparablesOf(strings: readonly YamlString[]): { path: DataPath; text: string }[] {
  let found = comparableCache.get(strings);
  if (!found) comparableCache.set(strings, (found = strings.map((s) => ({ path: s.path, text: comparable(s.value) }))));
  return found;
}

/** Paragraphs in document order (text undefined for a rule line, which only marks a section). */
function paragraphsOf(blocks: readonly Block[]): { style: string; text?: string }[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsOf(c.blocks)));
    if (b.kind === 'rule') return [{ style: b.style }];
    if (b.runs.length === 0) return [];
    return [{ style: b.style, text: b.runs.map((r) => (r.lineBreak || r.tab ? ' ' : r.text)).join('') }];
  });
}

function signerPath(parsed: ParsedYaml, role: string, signer: number): DataPath | undefined {
  const key = SIGNER_KEYS[role];
  if (!key) return undefined;
  return Array.isArray(valueAt(parsed, ['ky'])) ? ['ky', signer, key] : ['ky', key];
}

function itemPath(parsed: ParsedYaml, base: DataPath, index: number): DataPath {
  return Array.isArray(valueAt(parsed, base)) ? [...base, index] : base;
}

function valueAt(parsed: ParsedYaml, path: DataPath): unknown {
  let value: unknown = parsed.data;
  for (const step of path) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return value;
}

/** The string a printed paragraph comes from: it holds the paragraph, or the paragraph holds it. */
function findSource(strings: readonly { path: DataPath; text: string }[], printed: string): { path: DataPath } | undefined {
  const key = comparable(printed);
  if (!key) return undefined;
  const found = strings.find((s) => s.text.includes(key.slice(0, 40))) ?? strings.find((s) => s.text.length >= 8 && key.includes(s.text));
  return found && { path: found.path };
}

/** Without the author's emphasis marks, spacing or case: how a value and its print compare. */
const comparable = (text: string): string => squash(text.replace(/\\?\*/g, '')).toLowerCase();

const position = (p: Position, file?: string): Location => ({ line: p.line, col: p.col, ...(file && { file }) });

/** `# congvan-check-disable rule-a, rule-b` anywhere in the file turns those rules off for it. */
export function disabledRules(text: string): string[] {
  return [...text.matchAll(/#\s*congvan-check-disable\s+([a-z0-9, -]+)/g)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean));
}
