import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseInputWithSource, profileFor, renderModel } from '../../src/index';
import { yamlDocument } from '../../src/core/check/yaml-document';
import { runRules } from '../../src/core/check/engine';
import { presetSettings } from '../../src/core/check/config';
import { RULES } from '../../src/core/check/rules';
it('phases', () => {
  const size = Number(process.env.SZ);
  const text = readFileSync('examples/cong-van.yaml', 'utf8').replace('Thanh Hoá', JSON.stringify(','.repeat(size)));
  let t = performance.now();
  const { input, parsed } = parseInputWithSource(text, { file: 'x.yaml' });
  console.log('parse', performance.now() - t); t = performance.now();
  const model = renderModel(input);
  console.log('render', performance.now() - t); t = performance.now();
  const doc = yamlDocument({ text, parsed, input, model, profile: profileFor({}) });
  console.log('doc', performance.now() - t); t = performance.now();
  for (const rule of RULES) { const t0 = performance.now(); runRules(doc, { profile: profileFor({}), today: '2030-01-01', rules: [rule], settings: presetSettings() }); const ms = performance.now() - t0; if (ms > 20) console.log(rule.meta.id, ms); }
}, 600000);
