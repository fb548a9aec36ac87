// Input values are data: never templates, never markup. Text is NFC, XML-illegal characters go.
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/core/render/handlebars-env';
import { buildYaml } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';
import { all, paragraphText } from '../helpers/ooxml';

describe('input values are data', () => {
  it('prints Handlebars syntax in a value literally instead of evaluating it', async () => {
    const input = minimalInput();
    input.noi_dung.mo_dau = 'Giá trị {{ky.ho_ten}} và {{#each noi_nhan}}x{{/each}} {{constructor.constructor}}';
    const doc = await buildYaml(toYaml(input));
    expect(doc.paragraphsWithText('Giá trị').map(paragraphText)).toEqual([
      'Giá trị {{ky.ho_ten}} và {{#each noi_nhan}}x{{/each}} {{constructor.constructor}}',
    ]);
  });

  it('prints markup in a value as text: a value cannot add paragraphs or styles', async () => {
    const input = minimalInput();
    input.ky.ho_ten = 'A</p><p style="party-title">B<b>C</b> & D';
    const doc = await buildYaml(toYaml(input));
    const hits = doc.paragraphsWithText('</p>');
    expect(hits.map(paragraphText)).toEqual(['A</p><p style="party-title">B<b>C</b> & D']);
    expect(all(hits[0]!, 'w:b').length).toBe(1); // the name's own bold style, nothing added
  });

  it('keeps the author\'s *emphasis* inside escaped text working', async () => {
    const input = minimalInput();
    input.noi_dung.mo_dau = 'a < b *nghiêng & đúng* c';
    const doc = await buildYaml(toYaml(input));
    expect(doc.paragraphsWithText('a < b').map(paragraphText)).toEqual(['a < b nghiêng & đúng c']);
  });

  it('runs templates without prototype access', () => {
    const template = compileTemplate({ main: '[{{#if x.constructor}}leak{{/if}}{{#if x.__proto__}}leak{{/if}}]', partials: {} });
    expect(template({ x: {} })).toBe('[]');
  });

  it('runs templates in strict mode: a missing field is an error, not an empty string', () => {
    const template = compileTemplate({ main: '{{missing.field}}', partials: {} });
    expect(() => template({})).toThrow(/not defined/);
  });
});

describe('text hygiene', () => {
  it('normalises every value to NFC', async () => {
    const input = minimalInput();
    input.ky.ho_ten = 'Nguyễn Văn Toàn'.normalize('NFD');
    const doc = await buildYaml(toYaml(input));
    const names = doc.paragraphsWithText('Nguy').map(paragraphText);
    expect(names).toEqual(['Nguyễn Văn Toàn'.normalize('NFC')]);
    expect(names[0]).not.toBe('Nguyễn Văn Toàn'.normalize('NFD'));
  });

  it('removes characters that XML forbids (a pasted form feed or bell)', async () => {
    const input = minimalInput();
    input.noi_dung.mo_dau = 'Đoạn\u000c có\u0007 ký tự lạ.';
    const doc = await buildYaml(toYaml(input));
    expect(doc.paragraphsWithText('Đoạn').map(paragraphText)).toEqual(['Đoạn có ký tự lạ.']);
    expect(doc.files.get('word/document.xml')).not.toMatch(/[\u0007\u000c]/);
  });
});
