// What the schema cannot say: one kind per body block, tables with even rows, and signature
// forms the Party standard forbids (docs/standard.md §3.9): K/T under a collective body, T/M
// for an advisory body, the state's "TM."/"KT." prefixes, two signers outside a biên bản.
// The signature predicates are the check rules' own (src/core/model/signature-forms.ts).
import { refusedAuthority } from '../model/signature-forms';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { DataPath, ParsedYaml } from './parse-yaml';
import type { RawBlock, RawInput, RawSigner } from './raw-input';

const BLOCK_KINDS = ['de_muc', 'tieu_muc', 'phan', 'chuong', 'muc', 'dieu', 'can_giua', 'bang'] as const;
const NAMED_KINDS = ['phan', 'chuong', 'muc', 'dieu'];

export function checkSemantics(raw: RawInput, parsed: ParsedYaml, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const blocks = (list: unknown, path: DataPath) => {
    if (Array.isArray(list)) list.forEach((b, i) => out.push(...checkBlock(b as RawBlock, [...path, i], parsed, file)));
  };
  blocks(raw.noi_dung, ['noi_dung']);
  raw.phu_luc?.forEach((a, i) => blocks(a.noi_dung, ['phu_luc', i, 'noi_dung']));

  const signers = Array.isArray(raw.ky) ? raw.ky : [raw.ky];
  if (signers.length > 1 && raw.loai !== 'bien-ban') {
    out.push(diagnostic('signature-two-signers', file, parsed.locate(['ky'])));
  }
  signers.forEach((s, i) => out.push(...checkSigner(s, Array.isArray(raw.ky) ? ['ky', i] : ['ky'], parsed, file)));
  if (raw.ban_sao) out.push(...checkSigner(raw.ban_sao.ky, ['ban_sao', 'ky'], parsed, file));
  return out;
}

function checkBlock(block: RawBlock, path: DataPath, parsed: ParsedYaml, file: string): Diagnostic[] {
  if (typeof block === 'string') return [];
  const kinds = BLOCK_KINDS.filter((k) => block[k] !== undefined);
  if (kinds.length !== 1) {
    return [diagnostic('block-kind', file, parsed.locate(path), { found: kinds.join(', ') || '—', allowed: BLOCK_KINDS.join(', ') })];
  }
  if (block.ten !== undefined && !NAMED_KINDS.includes(kinds[0]!)) {
    return [diagnostic('block-name', file, parsed.locate([...path, 'ten'], true), { kind: kinds[0]! })];
  }
  const table = block.bang;
  if (!table) return [];
  const width = table.cot.length;
  const out: Diagnostic[] = [];
  table.dong.forEach((row, r) => {
    if (row.length !== width) {
      out.push(diagnostic('table-shape', file, parsed.locate([...path, 'bang', 'dong', r]), { row: r + 1, cells: row.length, columns: width }));
    }
  });
  if (table.do_rong && table.do_rong.length !== width) {
    out.push(diagnostic('table-widths', file, parsed.locate([...path, 'bang', 'do_rong']), { widths: table.do_rong.length, columns: width }));
  }
  return out;
}

function checkSigner(signer: RawSigner, path: DataPath, parsed: ParsedYaml, file: string): Diagnostic[] {
  const problem = signer.quyen_han?.trim() ? refusedAuthority(signer.quyen_han) : undefined;
  return problem ? [diagnostic(problem.id, file, parsed.locate([...path, 'quyen_han']), problem.args)] : [];
}
