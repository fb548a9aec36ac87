// What a batch tells people (failures with file:line:col, then one summary line) and scripts
// (one JSON object: totals and, per item, input/row, output, status, diagnostics).
import type { Diagnostic } from '../core/diagnostics';
import type { Lang } from '../core/messages';
import type { Checked } from '../core/pipeline/build-document';
import { findingLines, findingsJson, formatStylish, toJson, type SourceTexts } from './format-diagnostics';
import { itemLabel, type BatchItem } from '../batch/plan';

export type ItemStatus = 'ok' | 'failed' | 'skipped';

/** `checked`: what the check step found (on a written item too: warnings without --strict). */
export type ItemRecord = { item: BatchItem; status: ItemStatus; diagnostics?: readonly Diagnostic[]; checked?: Checked; kyHieu?: string; internal?: string };

/** The file the findings are about: the YAML file, or the merge document of a row. */
const checkedFile = (item: BatchItem, mergeFile: string | undefined): string => (item.kind === 'file' ? item.input : (mergeFile ?? ''));

export type Totals = { total: number; written: number; failed: number; skipped: number; notRun: number };

export function totalsOf(records: readonly (ItemRecord | undefined)[]): Totals {
  const count = (s: ItemStatus) => records.filter((r) => r?.status === s).length;
  return { total: records.length, written: count('ok'), failed: count('failed'), skipped: count('skipped'), notRun: records.filter((r) => !r).length };
}

/** Every failed item and every item with findings, in batch order: which item, then its diagnostics and findings. */
/** `quiet`: only failed items (a written item's warnings are not shown, as with a single build). */
export function formatFailures(records: readonly (ItemRecord | undefined)[], dataFile: string | undefined, mergeFile: string | undefined, lang: Lang, sources: SourceTexts, quiet = false): string {
  const blocks: string[] = [];
  for (const record of records) {
    const findings = quiet && record?.status !== 'failed' ? 0 : (record?.checked?.findings.length ?? 0);
    if (!record || (record.status !== 'failed' && findings === 0)) continue;
    const { item } = record;
    const lines: string[] = [];
    if (item.kind === 'row') {
      const where = item.row.line === undefined ? dataFile : `${dataFile}:${item.row.line}`;
      const failed = record.status === 'failed';
      lines.push(lang === 'vi' ? `${where}: ${itemLabel(item, lang)}${failed ? ' không dựng được' : ''}:` : `${where}: ${itemLabel(item, lang)}${failed ? ' failed' : ''}:`);
    }
    if (record.internal) lines.push(`${itemLabel(item, lang)}: ${lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${record.internal}`);
    if (record.diagnostics?.length) lines.push(formatStylish(record.diagnostics, lang, sources));
    if (findings > 0) lines.push(findingLines(checkedFile(item, mergeFile), record.checked!, lang));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n');
}

export function formatSummary(t: Totals, seconds: number, lang: Lang): string {
  const rate = seconds > 0 ? (t.written / seconds).toFixed(1) : '—';
  const time = seconds.toFixed(1);
  if (lang === 'vi') {
    const parts = [`Đã tạo ${t.written}/${t.total} tệp`, `${t.failed} lỗi`];
    if (t.skipped) parts.push(`${t.skipped} bỏ qua vì đã có`);
    if (t.notRun) parts.push(`${t.notRun} chưa dựng (dừng ở lỗi đầu tiên)`);
    return `${parts.join(', ')} · ${time} s · ${rate} văn bản/s`;
  }
  const parts = [`Wrote ${t.written}/${t.total} files`, `${t.failed} failed`];
  if (t.skipped) parts.push(`${t.skipped} skipped (already there)`);
  if (t.notRun) parts.push(`${t.notRun} not built (stopped at the first failure)`);
  return `${parts.join(', ')} · ${time} s · ${rate} docs/s`;
}

export function jsonReport(records: readonly (ItemRecord | undefined)[], items: readonly BatchItem[], dataFile: string | undefined, mergeFile: string | undefined, lang: Lang) {
  const totals = totalsOf(records);
  return {
    ok: totals.failed === 0 && totals.notRun === 0,
    ...totals,
    items: items.map((item, i) => {
      const record = records[i];
      const diagnostics = (record?.diagnostics ?? []).map((d) => toJson(d, lang));
      if (record?.checked) diagnostics.push(...findingsJson(checkedFile(item, mergeFile), record.checked, lang));
      if (record?.internal) diagnostics.push({ code: 'internal', severity: 'error', file: itemLabel(item, 'en'), line: null, col: null, message: record.internal, hint: null });
      return {
        ...(item.kind === 'row' ? { input: dataFile, row: item.row.number, line: item.row.line ?? null } : { input: item.input }),
        output: record?.status === 'failed' ? null : item.output,
        ...(record?.kyHieu && { number: record.kyHieu }),
        status: record?.status ?? 'not-run',
        diagnostics,
      };
    }),
  };
}
