// Issue 11, item 8: output names from data are safe on Windows too.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/core/merge/safe-name';
import { runCli } from '../helpers/cli';
import { examplePath } from '../helpers/example';

describe('output names', () => {
  it.each(['CONIN$', 'conout$', 'CLOCK$', 'CONIN$.tai-lieu'])('%s is not a Windows device name any more', (name) => {
    expect(safeFileName(name, '.docx')).toBe(`_${name}.docx`);
  });

  it.each([
    ['trailing dots', 'bao-cao...', 'bao-cao.docx'],
    ['trailing spaces', 'bao-cao   ', 'bao-cao.docx'],
    ['dots and spaces before the extension', 'bao-cao . .docx', 'bao-cao.docx'],
    ['a right-to-left override', 'hoa-don\u202Excod.exe', 'hoa-don_xcod.exe.docx'],
    ['bidi isolates and marks', '\u2066a\u2069\u200Fb', '_a__b.docx'],
    ['zero-width characters and a BOM', 'a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f', 'a_b_c_d_e_f.docx'],
  ])('%s', (_name, raw, expected) => {
    expect(safeFileName(raw, '.docx')).toBe(expected);
  });

  it('a mail merge writes CONIN$ and a bidi trick as visible, harmless names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-names-'));
    const rows = ['CONIN$', 'x\u202Egpj.exe'].map((name, i) => `110${i},Chi bộ ${i},Chi bộ ${i},2024-06-03,20/6/2024,${name}`);
    writeFileSync(join(dir, 'rows.csv'), ['so,don_vi,kinh_gui,ngay,han_nop,nguoi_lien_he', ...rows].join('\n'));
    const r = await runCli(['build', examplePath('tron-thu/cong-van.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'out'), '--name', '{{nguoi_lien_he}}.docx']);
    expect(r.stderr).toContain('Đã tạo 2/2 tệp');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['_CONIN$.docx', 'x_gpj.exe.docx']);
  });
});
