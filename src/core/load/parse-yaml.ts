// YAML 1.2 text → plain data, with a locator from a data path to line:col.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import { diagnostic, InputError, type Diagnostic, type Position } from '../diagnostics';

export type DataPath = readonly (string | number)[];

export type ParsedYaml = {
  data: unknown;
  /** Where the value at `path` starts; with `key`, where its key starts. Falls back to the nearest parent. */
  locate(path: DataPath, key?: boolean): Position;
  /** The exact source text of the scalar at `path`, if it is a scalar. */
  sourceOf(path: DataPath): string | undefined;
  /** Every string value, in document order, as written (before any normalisation). */
  strings(): YamlString[];
  /** The file the value at `path` came from, when data was merged from two files (see apply-config.ts). */
  fileOf?(path: DataPath): string | undefined;
};

export type YamlString = {
  path: DataPath;
  value: string;
  /** Where the characters `value.slice(offset, offset + length)` are written in the file. */
  locate(offset: number, length?: number): Position;
};

// yaml's own messages are English; these say the same for a clerk.
const SYNTAX_DETAIL_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'dùng phím tab để thụt lề (phải dùng dấu cách)',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc hoặc ngoặc kép)',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt',
  MULTIPLE_DOCS: 'tệp có nhiều văn bản YAML (dấu ---)',
  BAD_DQ_ESCAPE: 'ký tự thoát "\\" không hợp lệ trong ngoặc kép',
  MULTILINE_IMPLICIT_KEY: 'khóa bị xuống dòng',
  BLOCK_IN_FLOW: 'khối lồng trong ngoặc',
};

/** A YAML file whose top level must be a mapping (a document, or congvan.config.yaml). */
export function parseYamlMapping(text: string, file: string): ParsedYaml & { data: Record<string, unknown> } {
  // A BOM from Windows editors must not change the result.
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file);
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    throw new InputError([diagnostic('yaml-not-mapping', file, { line: 1, col: 1 })]);
  }
  return parsed as ParsedYaml & { data: Record<string, unknown> };
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  let strings: YamlString[] | undefined;
  const posAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  let doc: Document;
  try {
    doc = parseDocument(text, { version: '1.2', uniqueKeys: true, lineCounter, prettyErrors: false });
  } catch (e) {
    if (e instanceof RangeError) throw new InputError([diagnostic('yaml-too-deep', file, { line: 1, col: 1 }, { limit: MAX_DEPTH })]);
    throw e;
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    // The parser's own recursion limit: a file nested thousands of levels deep.
    if (/call stack/i.test(first.message)) throw new InputError([diagnostic('yaml-too-deep', file, posAt(first.pos[0]), { limit: MAX_DEPTH })]);
    throw new InputError([syntaxDiagnostic(first, text, file, lineCounter)]);
  }
  const structural = checkStructure(doc.contents);
  if (structural) throw new InputError([diagnostic(structural.code, file, posAt(structural.offset), structural.args)]);
  return {
    data: toData(doc, file, posAt),
    locate: (path, key = false) => posAt(offsetOf(doc, path, key)),
    sourceOf: (path) => {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
    // Once per parse: a mail merge checks every row against the same document's strings.
    strings: () =>
      (strings ??= stringScalars(doc.contents, []).map(({ path, node }) => ({
        path,
        value: node.value as string,
        locate: (offset, length = 1) => posAt(sourceOffset(text, node, offset, length)),
      }))),
  };
}

/** Deeper than any document or config needs; bounds the recursion of everything after parsing. */
export const MAX_DEPTH = 64;
/** Alias expansions allowed when the data is built (the `yaml` package's maxAliasCount). */
const MAX_ALIAS_COUNT = 100;

type Structural = { code: 'yaml-too-deep' | 'yaml-alias-undefined' | 'yaml-alias-self'; offset: number; args: Record<string, string | number> };

/**
 * One walk, without recursion, in document order: nesting depth, aliases to an anchor not
 * defined above them, and aliases inside the node they name (which would never end).
 */
function checkStructure(root: unknown): Structural | undefined {
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  type Step = { node: unknown; depth: number; leave?: Node };
  const stack: Step[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth, leave } = stack.pop()!;
    if (leave) {
      open.delete(leave);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const offset = (node as Node).range?.[0] ?? 0;
    if (depth > MAX_DEPTH) return { code: 'yaml-too-deep', offset, args: { limit: MAX_DEPTH } };
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return { code: 'yaml-alias-undefined', offset, args: { name: excerptOf(node.source) } };
      if (open.has(target)) return { code: 'yaml-alias-self', offset, args: { name: excerptOf(node.source) } };
      continue;
    }
    if (isPair(node)) {
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (isMap(node) || isSeq(node)) {
      open.add(node);
      stack.push({ node: undefined, depth, leave: node });
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], depth: depth + 1 });
    }
  }
  return undefined;
}

/** The plain data; alias expansion is bounded (a "billion laughs" file is refused at its first alias). */
function toData(doc: Document, file: string, posAt: (offset: number) => Position): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError || e instanceof RangeError)) throw e;
    let offset = 0;
    visit(doc, { Alias: (_key, node) => ((offset = node.range?.[0] ?? 0), visit.BREAK) });
    throw new InputError([diagnostic('yaml-alias-limit', file, posAt(offset), { limit: MAX_ALIAS_COUNT })]);
  }
}

function excerptOf(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function stringScalars(node: unknown, path: DataPath): { path: DataPath; node: Scalar }[] {
  if (isScalar(node)) return typeof node.value === 'string' && node.range ? [{ path, node }] : [];
  if (isMap(node)) return node.items.flatMap((p) => (isScalar(p.key) ? stringScalars(p.value, [...path, String(p.key.value)]) : []));
  if (isSeq(node)) return node.items.flatMap((item, i) => stringScalars(item, [...path, i]));
  return [];
}

/**
 * The file offset of value[offset…offset+length): the same characters found in the scalar's
 * source (its n-th occurrence, as in the value). Folding or escapes can hide them: then the
 * scalar's start.
 */
function sourceOffset(text: string, node: Scalar, offset: number, length: number): number {
  const [start, end] = node.range!;
  const value = node.value as string;
  const needle = value.slice(offset, offset + length);
  if (!needle) return start;
  const source = text.slice(start, end);
  let nth = 0;
  for (let i = value.indexOf(needle); i !== -1 && i < offset; i = value.indexOf(needle, i + 1)) nth++;
  let at = source.indexOf(needle);
  while (at !== -1 && nth-- > 0) at = source.indexOf(needle, at + 1);
  return at === -1 ? start : start + at;
}

function syntaxDiagnostic(
  error: { code: string; message: string; pos: [number, number] },
  text: string,
  file: string,
  lineCounter: LineCounter,
): Diagnostic {
  const pos = lineCounter.linePos(error.pos[0]);
  if (error.code === 'DUPLICATE_KEY') {
    const key = (lineText(text, pos.line).split(':')[0] ?? '').trim();
    return diagnostic('yaml-duplicate-key', file, pos, { key });
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // "trich_yeu: V/v triển khai: nhiệm vụ" — a value holding ": " must be quoted.
    const line = lineText(text, pos.line).trim().replace(/^-\s+/, '');
    const cut = line.indexOf(': ');
    const key = cut > 0 ? line.slice(0, cut) : 'khoa';
    const example = (cut > 0 ? line.slice(cut + 2) : line).replace(/"/g, '\\"');
    return diagnostic('yaml-colon', file, { line: pos.line, col: pos.col }, { key, example });
  }
  const english = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const detail = SYNTAX_DETAIL_VI[error.code];
  return diagnostic('yaml-syntax', file, pos, { detail: detail ?? english, detailEn: english });
}

function lineText(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? '';
}

function offsetOf(doc: Document, path: DataPath, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) return offset;
      const keyNode = pair.key as Node | null;
      if (last && key && keyNode?.range) return keyNode.range[0];
      node = pair.value;
      const valueStart = (pair.value as Node | null)?.range?.[0];
      offset = valueStart ?? keyNode?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item?.range) return offset;
      node = item;
      offset = item.range[0];
    } else {
      return offset;
    }
  }
  return offset;
}
