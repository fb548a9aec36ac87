// Data rows from CSV (the quirks Excel and LibreOffice produce), JSON and YAML.
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../../src/core/diagnostics';
import { readRows, type ReadRowsOptions } from '../../src/batch/read-rows';

const rowsOf = async (text: string | Buffer, file = 'rows.csv', options: ReadRowsOptions = {}) =>
  (await readRows(Buffer.isBuffer(text) ? text : Buffer.from(text), file, options)).map((r) => ({ number: r.number, line: r.line, fields: Object.fromEntries(r.fields) }));

async function refusal(fn: () => Promise<unknown>): Promise<Diagnostic | undefined> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics[0]!;
    throw e;
  }
  return undefined;
}
const codeOf = async (fn: () => Promise<unknown>) => (await refusal(fn))?.code;

describe('CSV rows', async () => {
  it('reads a header row, a UTF-8 BOM, quoted fields with commas, quotes and line breaks, and empty cells', async () => {
    const csv = '\uFEFFso,đơn_vị,kinh_gui\r\n1,"Chi bộ A, B","Dòng 1\r\nDòng 2"\r\n2,,"Nói ""có"""\r\n';
    expect(await rowsOf(csv)).toEqual([
      { number: 1, line: 2, fields: { so: '1', 'đơn_vị': 'Chi bộ A, B', kinh_gui: 'Dòng 1\r\nDòng 2' } },
      { number: 2, line: 4, fields: { so: '2', 'đơn_vị': '', kinh_gui: 'Nói "có"' } },
    ]);
  });

  it('gives each row the line it starts on, past blank lines and multi-line fields', async () => {
    const rows = await rowsOf('a,b\n1,"x\ny\nz"\n\n2,q\n3,r');
    expect(rows.map((r) => [r.number, r.line])).toEqual([[1, 2], [2, 6], [3, 7]]);
  });

  it('keeps leading zeros and Vietnamese text as typed (NFC)', async () => {
    const [row] = await rowsOf('so,ten\n05,' + 'Quảng Phú'.normalize('NFD') + '\n');
    expect(row!.fields).toEqual({ so: '05', ten: 'Quảng Phú'.normalize('NFC') });
  });

  it('reports an unclosed quote and a row with too many cells with their line', async () => {
    expect(await codeOf(() => rowsOf('a,b\n1,"x\n'))).toBe('data-quote');
    expect(await refusal(() => rowsOf('a,b\n1,2\n3,4,5\n'))).toMatchObject({ code: 'data-cells', pos: { line: 3 }, args: { cells: 3, header: 2 } });
  });

  it('refuses a file with a header and no rows', async () => {
    expect(await codeOf(() => rowsOf('a,b\n'))).toBe('data-empty');
  });
});

describe('JSON and YAML rows', async () => {
  it('reads a JSON list of objects; numbers become text, null an empty cell', async () => {
    expect(await rowsOf('[{"so": 12, "ten": "A", "x": null}]', 'rows.json')).toEqual([{ number: 1, line: undefined, fields: { so: '12', ten: 'A', x: '' } }]);
  });

  it('reads YAML rows as text, so so: 05 keeps its zero', async () => {
    expect((await rowsOf('- so: 05\n  ten: Chi bộ\n- so: 6\n  ten: B\n', 'rows.yaml')).map((r) => r.fields)).toEqual([
      { so: '05', ten: 'Chi bộ' },
      { so: '6', ten: 'B' },
    ]);
  });

  it('refuses data that is not a list of rows, and lists or mappings as cell values', async () => {
    expect(await codeOf(() => rowsOf('{"so": 1}', 'rows.json'))).toBe('data-not-rows');
    expect(await codeOf(() => rowsOf('[1, 2]', 'rows.json'))).toBe('data-not-rows');
    expect(await codeOf(() => rowsOf('[{"so": [1]}]', 'rows.json'))).toBe('data-value');
    expect(await codeOf(() => rowsOf('[{"so": 1', 'rows.json'))).toBe('data-syntax');
  });
});

describe('positions and headers', () => {
  it('positions JSON and YAML syntax errors, non-row items and nested values', async () => {
    expect(await refusal(() => rowsOf('[\n  {"so": 1},\n  {"so": 2\n]', 'rows.json'))).toMatchObject({ code: 'data-syntax', pos: { line: 4 } });
    expect(await refusal(() => rowsOf('- so: 1\n- 7\n', 'rows.yaml'))).toMatchObject({ code: 'data-not-rows', pos: { line: 2, col: 3 } });
    expect(await refusal(() => rowsOf('[{"so": 1},\n {"so": [1]}]', 'rows.json'))).toMatchObject({ code: 'data-value', pos: { line: 2, col: 9 } });
  });

  it('refuses two columns of one name (after trimming and NFC), at the header line', async () => {
    expect(await refusal(() => rowsOf(`\n\nso,ten, ${'tên'.normalize('NFD')},tên\n1,a,b,c\n`))).toMatchObject({ code: 'data-header-duplicate', pos: { line: 3 }, args: { column: 'tên' } });
  });

  it('detects ";" and tab from the header, ignoring those inside quotes; --delimiter wins', async () => {
    expect((await rowsOf('"a;b",c;d\n1,2;3\n'))[0]!.fields).toEqual({ 'a;b': '1', 'c;d': '2;3' });
    expect((await rowsOf('a;"b,c"\n1;2\n'))[0]!.fields).toEqual({ a: '1', 'b,c': '2' });
    expect((await rowsOf('a\tb\n1\t2\n'))[0]!.fields).toEqual({ a: '1', b: '2' });
    expect((await rowsOf('a;b,c\n1;2,3\n', 'rows.csv', { delimiter: ',' }))[0]!.fields).toEqual({ 'a;b': '1;2', c: '3' });
  });
});
