// Document properties for e-office systems: number, ký hiệu, type, date, trích yếu and
// issuing body in docProps/core.xml and docProps/custom.xml, so nothing scrapes page 1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';
import { buildExample, examplePath, inspect } from '../helpers/example';
import { all, first, kids, type El } from '../helpers/ooxml';
import { makeOffice, ownContent } from '../helpers/office';

const example = parse(readFileSync(examplePath('cong-van.yaml'), 'utf8'));

function customProperties(part: El): Record<string, string> {
  return Object.fromEntries(all(part, 'property').map((p) => [p.attrs.name!, kids(p, 'vt:lpwstr')[0]!.text]));
}

describe('document properties', () => {
  it('carry the number, ký hiệu, type, date, trích yếu and issuing body in custom.xml', async () => {
    const built = await buildExample('cong-van.yaml');
    const subject = example.trich_yeu.join(' ');
    expect(customProperties(built.part('docProps/custom.xml'))).toEqual({
      SoVanBan: example.so_ky_hieu.so,
      SoKyHieu: `${example.so_ky_hieu.so}-CV/${example.co_quan.ky_hieu}`,
      LoaiVanBan: 'Công văn',
      MaLoaiVanBan: 'CV',
      NgayBanHanh: '2023-07-19',
      TrichYeu: subject,
      CoQuanBanHanh: example.co_quan.ten.join(' '),
    });
    // Word finds custom.xml through the package relationships and content types.
    expect(built.files.get('_rels/.rels')).toContain('Target="docProps/custom.xml"');
    expect(built.files.get('[Content_Types].xml')).toContain('PartName="/docProps/custom.xml"');
  });

  it('carry the same in core.xml: title, identifier, creator, subject, keywords', async () => {
    const core = (await buildExample('cong-van.yaml')).part('docProps/core.xml');
    const text = (name: string) => first(core, name)?.text;
    expect(text('dc:title')).toBe(example.trich_yeu.join(' '));
    expect(text('dc:description')).toBe(example.trich_yeu.join(' '));
    expect(text('dc:identifier')).toBe('1023-CV/ĐUK');
    expect(text('cp:keywords')).toBe('Số 1023-CV/ĐUK');
    expect(text('dc:subject')).toBe('Công văn');
    expect(text('dc:creator')).toBe([example.co_quan.cap_tren, ...example.co_quan.ten].join(' '));
    expect(text('dcterms:created')).toBe('2023-07-19T00:00:00Z');
  });

  it('carry the number the register gave', async () => {
    const office = makeOffice();
    const input = office.write('a.yaml', ownContent('V/v họp'));
    expect((await runCli(['build', input])).code).toBe(0);
    const built = inspect(readFileSync(input.replace(/\.yaml$/, '.docx')));
    expect(customProperties(built.part('docProps/custom.xml'))).toMatchObject({ SoVanBan: '01', SoKyHieu: '01-CV/ĐU', CoQuanBanHanh: 'ĐẢNG ỦY XÃ QUẢNG PHÚ' });
    expect(first(built.part('docProps/core.xml'), 'dc:identifier')?.text).toBe('01-CV/ĐU');
  });
});
