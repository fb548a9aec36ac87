// `congvan register check`: numbers missing from a series (gaps), numbers entered twice (an
// imported older register may hold them), and numbers taken by a build that never finished.
import { diagnostic, type Diagnostic } from '../core/diagnostics';
import { serial, type Entry } from './register';

export function checkEntries(entries: readonly Entry[], file: string): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const series = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.term}\u0000${e.typeCode}`;
    series.set(key, [...(series.get(key) ?? []), e]);
  }
  for (const list of series.values()) {
    const { term, typeCode } = list[0]!;
    const counts = new Map<number, Entry[]>();
    for (const e of list) counts.set(e.number, [...(counts.get(e.number) ?? []), e]);
    const max = Math.max(...counts.keys());
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !counts.has(n));
    if (missing.length > 0) findings.push(warning('register-gap', file, { numbers: missing.map(serial).join(', '), typeCode, term }));
    for (const [number, same] of counts) {
      if (same.length > 1) findings.push(warning('register-duplicate', file, { number: serial(number), typeCode, term, count: same.length }));
    }
  }
  for (const e of entries.filter((x) => x.status === 'reserved')) {
    findings.push(warning('register-pending', file, { kyHieu: e.kyHieu, source: e.source ?? '<stdin>' }));
  }
  return findings;
}

const warning = (code: 'register-gap' | 'register-duplicate' | 'register-pending', file: string, args: Record<string, string | number>): Diagnostic =>
  diagnostic(code, file, undefined, args, 'warning');
