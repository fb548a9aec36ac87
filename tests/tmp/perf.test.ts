import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseDocument, isScalar, visit } from 'yaml';
import { checkYaml } from '../../src/check-document';

const PATTERNS = ['a ', ',', ' ', '. ', 'ngày ', '( ', 'a  ', ';', '\u200b', 'uỷ ', '-', '/', 'T/M ', 'Số ', 'ngày 1 tháng 1 năm 2020 ', ', ', ' ,', 'Ò', '1.', 'I-', 'a) ', '“ ', ' :', '. /', '\u00a0'];

it('times', () => {
  const text = readFileSync('examples/cong-van.yaml', 'utf8');
  const doc = parseDocument(text);
  const paths: (string | number)[][] = [];
  visit(doc, { Scalar(_k, node, path) {
    const p: (string | number)[] = [];
    for (const n of path) { if ((n as any).key !== undefined && isScalar((n as any).key)) p.push((n as any).key.value); }
    if (typeof node.value === 'string' && _k !== 'key') paths.push([]);
  } });
  const strings: string[] = [];
  visit(doc, { Scalar(k, node) { if (k !== 'key' && typeof node.value === 'string') strings.push(node.value); } });
  const results: string[] = [];
  for (const [si, s] of strings.entries()) {
    for (const pat of PATTERNS) {
      const val = pat.repeat(Math.ceil(16000 / pat.length)).slice(0, 16000);
      const d2 = parseDocument(text);
      let i = 0;
      visit(d2, { Scalar(k, node) { if (k !== 'key' && typeof node.value === 'string') { if (i++ === si) node.value = val; } } });
      const t0 = performance.now();
      try { checkYaml(String(d2), { file: 'x.yaml', today: '2025-01-01' }); } catch {}
      const ms = performance.now() - t0;
      if (ms > 400) results.push(`${ms.toFixed(0)}ms str#${si} ${JSON.stringify(s.slice(0, 30))} pat=${JSON.stringify(pat)}`);
    }
  }
  console.log(results.join('\n'));
}, 600000);
