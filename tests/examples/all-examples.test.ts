// Every example in examples/ builds, reads as its type should, renders cleanly with
// LibreOffice, and builds to the same bytes twice.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/core/check/docx/read-docx';
import { analysePages } from '../../src/core/check/render/analyse-pages';
import { loadProfile, parseInput } from '../../src/index';
import { buildExample, root, type Built } from '../helpers/example';
import { all, kids, paragraphText, paraProps, runProps } from '../helpers/ooxml';
import { renderAll, type Rendered } from '../helpers/render';

const names = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const built: Record<string, Built> = {};
let rendered: Record<string, Rendered>;

beforeAll(async () => {
  for (const name of names) built[name] = await buildExample(name);
  rendered = await renderAll(Object.fromEntries(names.map((n) => [n.replace('.yaml', ''), built[n]!.bytes])));
}, 300_000);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const input = (name: string) => parseInput(readFileSync(join(root, 'examples', name), 'utf8'), { file: name });

describe('examples', () => {
  it('cover every document type of the schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema/congvan.schema.json'), 'utf8'));
    const types = new Set(names.map((n) => input(n).loai));
    expect([...types].sort()).toEqual([...schema.properties.loai.enum].sort());
  });

  it.each(names)('%s carries the schema line for editors', (name) => {
    expect(readFileSync(join(root, 'examples', name), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/congvan.schema.json',
    );
  });

  it.each(names.filter((n) => input(n).loai !== 'cong-van'))('%s prints its type as a centred title, then the bold subject and a separator', (name) => {
    const doc = built[name]!;
    const title = doc.blocks.find((b) => b.name === 'w:p' && paragraphText(b) !== '' && paraProps(b).align === 'center' && runProps(kids(b, 'w:r')[0]!).size === 32)!;
    expect(title, 'a 16 pt title').toBeDefined();
    expect(paragraphText(title)).toBe(paragraphText(title).toLocaleUpperCase('vi'));
    expect(kids(title, 'w:r').map(runProps).every((r) => r.bold)).toBe(true);
    const after = doc.blocks.slice(doc.blocks.indexOf(title) + 1);
    // congvan may break a long subject at balanced points (src/core/layout): compare the words.
    const subjectIndex = after.findIndex((b) => squash(paragraphText(b)) === squash(input(name).trich_yeu.join(' ')));
    expect(subjectIndex).toBeGreaterThanOrEqual(0);
    const subject = after[subjectIndex]!;
    expect(paraProps(subject).align).toBe('center');
    expect(kids(subject, 'w:r').map(runProps).filter((r) => !Number.isNaN(r.size)).every((r) => r.bold && r.size === 28)).toBe(true);
    expect(paragraphText(after[subjectIndex + 1]!)).toBe('-----');
  });

  it.each(names)('%s prints with no finding of check --render (dates, names, lone words, pages)', (name) => {
    const doc = readDocx(built[name]!.bytes, loadProfile());
    expect(analysePages(rendered[name.replace('.yaml', '')]!.printed, doc, loadProfile())).toEqual([]);
  });

  it.each(names)('%s renders its number, date and signer, with no empty trailing page', (name) => {
    const doc = input(name);
    const pages = rendered[name.replace('.yaml', '')]!.pages.map(squash);
    const text = pages.join(' ');
    expect(text).toContain(`Số ${doc.so_ky_hieu.so}-${doc.so_ky_hieu.loai}/${doc.so_ky_hieu.co_quan}`);
    for (const signer of doc.ky) expect(text).toContain(signer.ho_ten);
    const last = pages.at(-1)!.replace(/^\d+ /, '');
    expect(last.length, 'the last page has content').toBeGreaterThan(20);
  });

  it.each(names)('%s never leaves the signature block alone at the top of a page', (name) => {
    const doc = input(name);
    const pages = rendered[name.replace('.yaml', '')]!.pages;
    const signer = doc.ky[0]!;
    const pageIndex = pages.findIndex((p) => p.includes(signer.ho_ten));
    const lines = pages[pageIndex]!.split('\n').map((l) => l.trim()).filter(Boolean).filter((l) => !/^\d+$/.test(l));
    const first = signer.quyen_han ?? signer.chuc_vu ?? signer.ho_ten;
    expect(lines[0]).not.toContain(first);
    expect(lines[0]).not.toMatch(/^Nơi nhận/);
  });

  it.each(names)('%s numbers pages from page 2 only', (name) => {
    const pages = rendered[name.replace('.yaml', '')]!.pages;
    const firstLine = (p: string) => p.split('\n').find((l) => l.trim())!.trim();
    expect(firstLine(pages[0]!)).not.toMatch(/^\d+$/);
    pages.slice(1).forEach((p, i) => expect(firstLine(p)).toBe(String(i + 2)));
  });

  it.each(names)('%s builds to the same bytes twice (separate processes)', (name) => {
    const build = () =>
      createHash('sha256')
        .update(execFileSync(process.execPath, [join(root, 'bin/congvan.js'), 'build', join(root, 'examples', name), '-o', '-']))
        .digest('hex');
    expect(build()).toBe(build());
  });
});

describe('appendices', () => {
  it('start on a new page with "Phụ lục", the title and the "(Kèm theo …)" line', () => {
    const pages = rendered['quyet-dinh']!.pages.map(squash);
    const page = pages.find((p) => p.includes('KẾ HOẠCH TỔNG KẾT'))!;
    expect(page.replace(/^\d+ /, '')).toMatch(/^Phụ lục KẾ HOẠCH TỔNG KẾT \(Kèm theo Quyết định số 125-QĐ\/TU, ngày 05\/01\/2024\)/);
    expect(pages.indexOf(page)).toBeGreaterThan(0);
    const label = built['quyet-dinh.yaml']!.paragraphsWithText(/^Phụ lục$/)[0]!;
    expect(all(label, 'w:pageBreakBefore')).toHaveLength(1);
  });
});
