import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseDocument, visit } from 'yaml';
import { parseInputWithSource, profileFor, renderModel } from '../../src/index';
import { yamlDocument } from '../../src/core/check/yaml-document';
import { runRules } from '../../src/core/check/engine';
import { presetSettings } from '../../src/core/check/config';
import { RULES } from '../../src/core/check/rules';
it('fields', () => {
  const size = Number(process.env.SZ);
  const base = readFileSync('examples/cong-van.yaml', 'utf8');
  for (const n of [11, 23]) {
    const d = parseDocument(base); let i = 0;
    visit(d, { Scalar(k, node) { if (k !== 'key' && typeof node.value === 'string' && i++ === n) node.value = 'ab '.repeat(size / 3); } });
    const text = d.toString({ lineWidth: 0 });
    let t = performance.now(); const out: string[] = [];
    try {
      const { input, parsed } = parseInputWithSource(text, { file: 'x.yaml' }); out.push(`parse ${(performance.now() - t).toFixed(0)}`); t = performance.now();
      const model = renderModel(input); out.push(`render ${(performance.now() - t).toFixed(0)}`); t = performance.now();
      const doc = yamlDocument({ text, parsed, input, model, profile: profileFor({}) }); out.push(`doc ${(performance.now() - t).toFixed(0)}`); t = performance.now();
      for (const rule of RULES) { const t0 = performance.now(); runRules(doc, { profile: profileFor({}), today: "2030-01-01", rules: [rule], settings: presetSettings() }); const ms = performance.now() - t0; if (ms > 60) out.push(`${rule.meta.id} ${ms.toFixed(0)}`); }
    } catch (e) { out.push('threw ' + (e as Error).message.slice(0, 50)); }
    console.log(`#${n} ${out.join(' ')}`);
  }
}, 600000);
