// A YAML input as the checker sees it: the parts of the document it will print (from the same
// model the DOCX is written from, capitals applied), each placed at the YAML value it comes
// from, and every string as the author typed it (before normalisation), with line:col.
import type { Position } from '../diagnostics';
import type { DataPath, ParsedYaml, YamlString } from '../load/parse-yaml';
import type { Block, DocumentModel } from '../model/document';
import type { DocumentInput } from '../model/input';
import type { Profile } from '../profile/profile';
import { squash, upper } from './text';
import type { CheckDocument, Location, Part, TextSpan } from './types';

/** Model styles that print the same part. */
const ROLE_OF_STYLE: Readonly<Record<string, string>> = { 'kinh-gui-first': 'kinh-gui', 'kinh-gui-next': 'kinh-gui' };

/** Where each part's text comes from; list-valued fields give one part per item. */
const PATH_OF_ROLE: Readonly<Record<string, DataPath>> = {
  'superior-body': ['co_quan', 'cap_tren'],
  'issuing-body': ['co_quan', 'ten'],
  number: ['so_ky_hieu', 'so'],
  'cv-subject': ['trich_yeu'],
  subject: ['trich_yeu'],
  'place-date': ['dia_danh'],
  'kinh-gui': ['kinh_gui'],
  'signer-authority': ['ky', 'quyen_han'],
  'signer-title': ['ky', 'chuc_vu'],
  'signer-name': ['ky', 'ho_ten'],
  'noi-nhan': ['noi_nhan'],
};

/** Parts printed from the body: found by their text among the strings under this key. */
const BODY_KEY = 'noi_dung';

export type YamlSource = { text: string; parsed: ParsedYaml; input: DocumentInput; model: DocumentModel; profile: Profile };

export function yamlDocument({ text, parsed, input, model, profile }: YamlSource): CheckDocument {
  const strings = parsed.strings();
  const texts: TextSpan[] = strings.map((s) => ({ text: s.value, path: s.path, at: s.locate(0, 0), locate: (offset) => s.locate(offset) }));
  const counts = new Map<string, number>();
  const body = strings.filter((s) => s.path[0] === BODY_KEY);
  const parts: Part[] = paragraphsOf(model.blocks).map(({ style, text: printed }) => {
    const role = ROLE_OF_STYLE[style] ?? style;
    const index = counts.get(role) ?? 0;
    counts.set(role, index + 1);
    const caps = profile.styles[style]?.caps === true;
    const partText = caps ? upper(printed) : printed;
    const base = PATH_OF_ROLE[role];
    if (base) {
      const path = itemPath(parsed, base, index);
      return { role, text: partText, path, at: position(parsed.locate(path)) };
    }
    const source = findSource(body, printed);
    return source ? { role, text: partText, path: source.path, at: position(source.at) } : { role, text: partText };
  });
  const ngay = strings.find((s) => s.path.length === 1 && s.path[0] === 'ngay');
  return {
    kind: 'yaml',
    docType: input.loai,
    docTypeSource: 'input',
    ...(ngay && { rawDate: { text: ngay.value, path: ngay.path, at: position(ngay.locate(0, 0)) } }),
    parts,
    texts,
    disabledRules: disabledRules(text),
  };
}

function paragraphsOf(blocks: readonly Block[]): { style: string; text: string }[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsOf(c.blocks)));
    if (b.kind === 'rule' || b.runs.length === 0) return [];
    return [{ style: b.style, text: b.runs.map((r) => (r.lineBreak || r.tab ? ' ' : r.text)).join('') }];
  });
}

function itemPath(parsed: ParsedYaml, base: DataPath, index: number): DataPath {
  let value: unknown = parsed.data;
  for (const step of base) value = (value as Record<string | number, unknown> | undefined)?.[step];
  return Array.isArray(value) ? [...base, index] : base;
}

/** The body string a printed paragraph comes from (a block scalar may hold several). */
function findSource(strings: readonly YamlString[], printed: string): { path: DataPath; at: Position } | undefined {
  const key = comparable(printed);
  for (const s of strings) {
    const value = comparable(s.value);
    const at = value.indexOf(key.slice(0, 40));
    if (key && at !== -1) return { path: s.path, at: s.locate(0, 0) };
  }
  return undefined;
}

/** Without the author's emphasis marks, spacing or case: how a value and its print compare. */
const comparable = (text: string): string => squash(text.replace(/\\?\*/g, '')).toLowerCase();

const position = (p: Position): Location => ({ line: p.line, col: p.col });

/** `# congvan-check-disable rule-a, rule-b` anywhere in the file turns those rules off for it. */
export function disabledRules(text: string): string[] {
  return [...text.matchAll(/#\s*congvan-check-disable\s+([a-z0-9, -]+)/g)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean));
}
