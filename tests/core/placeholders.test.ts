// Mail-merge substitution is plain text replacement: no expressions, no prototype paths, no
// second pass; output names from data stay inside the output folder.
import { describe, expect, it } from 'vitest';
import { fillData, unquotedPlaceholderLines } from '../../src/core/merge/placeholders';
import { nameKey, safeFileName } from '../../src/core/merge/safe-name';

const row = (o: Record<string, string>) => new Map(Object.entries(o));

describe('fillData', () => {
  it('fills every string value, in lists and nested mappings, and leaves keys and numbers alone', () => {
    const data = { so_ky_hieu: { so: '{{so}}' }, n: 5, '{{so}}': 'k', list: ['a {{ten}} b', { x: '{{ ten }}' }] };
    const { data: out, problems } = fillData(data, row({ so: '07', ten: 'Chi bộ 1' }));
    expect(problems).toEqual([]);
    expect(out).toEqual({ so_ky_hieu: { so: '07' }, n: 5, '{{so}}': 'k', list: ['a Chi bộ 1 b', { x: 'Chi bộ 1' }] });
    expect(data.so_ky_hieu.so).toBe('{{so}}'); // the parsed document is shared by every row
  });

  it('never expands a value a second time', () => {
    const { data } = fillData({ a: '{{x}}' }, row({ x: '{{y}}', y: 'BAD' }));
    expect(data).toEqual({ a: '{{y}}' });
  });

  it('reports an unknown name with its path, and refuses expressions and paths', () => {
    const { problems } = fillData({ a: ['{{nope}}'], b: '{{a.b}} {{#if x}} {{constructor}} {{__proto__}}' }, row({ x: '1' }));
    expect(problems).toEqual([
      { kind: 'unknown', path: ['a', 0], name: 'nope' },
      { kind: 'invalid', path: ['b'], text: '{{a.b}}' },
      { kind: 'invalid', path: ['b'], text: '{{#if x}}' },
      { kind: 'unknown', path: ['b'], name: 'constructor' },
      { kind: 'unknown', path: ['b'], name: '__proto__' },
    ]);
  });

  it('accepts Vietnamese column names', () => {
    expect(fillData({ a: '{{đơn_vị}}' }, row({ 'đơn_vị': 'Chi bộ' })).data).toEqual({ a: 'Chi bộ' });
  });

  it('finds values that start with an unquoted {{, which YAML would read as a mapping', () => {
    expect(unquotedPlaceholderLines('a: 1\nso: {{so}}\nb: "{{x}}"\n- {{y}}\nc: text {{z}}\n')).toEqual([2, 4]);
  });
});

describe('safeFileName', () => {
  it('keeps Vietnamese letters and spaces', () => {
    expect(safeFileName('1023-Chi bộ Văn phòng', '.docx')).toBe('1023-Chi bộ Văn phòng.docx');
  });

  it.each([
    ['../../etc/passwd', '_.._etc_passwd.docx'],
    ['..', undefined],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j.docx'],
    ['/abs/path', '_abs_path.docx'],
    ['C:\\Windows\\x', 'C__Windows_x.docx'],
    ['tab\there\nnewline', 'tab_here_newline.docx'],
    ['CON', '_CON.docx'],
    ['nul.docx', '_nul.docx'],
    ['name. . ', 'name.docx'],
    ['.hidden', 'hidden.docx'],
    ['   ', undefined],
    ['x.DOCX', 'x.docx'],
  ])('%j → %j', (raw, expected) => {
    const name = safeFileName(raw, '.docx');
    expect(name).toBe(expected);
    if (name) expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
  });

  it('cuts very long names to fit a file system', () => {
    const name = safeFileName('Đảng bộ '.repeat(100), '.docx')!;
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('treats names that differ only in case or Unicode form as one file', () => {
    expect(nameKey('Chi Bộ.docx')).toBe(nameKey('chi bộ.docx'.normalize('NFD')));
  });
});
