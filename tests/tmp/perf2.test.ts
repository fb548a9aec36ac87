import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseInputWithSource, profileFor, renderModel } from '../../src/index';
import { yamlDocument } from '../../src/core/check/yaml-document';
import { runRules } from '../../src/core/check/engine';
import { presetSettings } from '../../src/core/check/config';
import { RULES } from '../../src/core/check/rules';

it('per rule', () => {
  const base = readFileSync('examples/cong-van.yaml', 'utf8');
  for (const pat of [' ', 'Ò', '\u00a0', 'a  ', ',', 'ngày ']) {
    const val = JSON.stringify(pat.repeat(Math.ceil(32000 / pat.length)).slice(0, 32000));
    const text = base.replace('kinh_gui: Các đảng uỷ, chi bộ cơ sở trực thuộc.', `kinh_gui: ${val}`).replace('dia_danh: Thanh Hoá', `dia_danh: ${val}`);
    let t0 = performance.now();
    const { input, parsed } = parseInputWithSource(text, { file: 'x.yaml' });
    const model = renderModel(input);
    const doc = yamlDocument({ text, parsed, input, model, profile: profileFor({}) });
    const out = [`pat=${JSON.stringify(pat)} prep ${(performance.now() - t0).toFixed(0)}ms`];
    for (const rule of RULES) {
      t0 = performance.now();
      runRules(doc, { profile: profileFor({}), today: '2025-01-01', rules: [rule], settings: presetSettings() });
      const ms = performance.now() - t0;
      if (ms > 50) out.push(`  ${rule.meta.id} ${ms.toFixed(0)}ms`);
    }
    console.log(out.join('\n'));
  }
}, 600000);
