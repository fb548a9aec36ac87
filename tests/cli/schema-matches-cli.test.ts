// The published JSON Schema (what VS Code shows) accepts what `congvan build` accepts: every
// example, starter and fixture that builds, documents completed by congvan.config.yaml, mail-
// merge templates and `so: 12`. And what it rejects, the CLI rejects too (exit 2, no file).
// The schema is read by ajv as an editor would, from the file; YAML is parsed as YAML 1.2.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { root } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';
import { DOC_TYPES } from '../../src/core/model/input';

const env = { SOURCE_DATE_EPOCH: '1893456000' };
const schema = JSON.parse(readFileSync(join(root, 'schema/congvan.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const errorsOf = (text: string) => (validate(parse(text, { version: '1.2' })) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));
const temp = () => mkdtempSync(join(tmpdir(), 'congvan-schema-'));

const yamlFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('congvan.config.yaml')).map((f) => join(dir, f)) : [];
// Files that build: examples (the mail-merge one with its data), starters, corpus and fixtures.
// The shared starter van-ban.yaml is a pattern for `init <type>`, whose output is tested below.
const buildable = [
  ...yamlFiles(join(root, 'examples')),
  ...yamlFiles(join(root, 'templates/starters')).filter((f) => !f.endsWith('van-ban.yaml')),
  ...yamlFiles(join(root, 'tests/corpus')),
  ...yamlFiles(join(root, 'tests/fixtures')),
];

async function builds(file: string): Promise<boolean> {
  const out = temp();
  const merge = file.endsWith('tron-thu/cong-van.yaml') ? ['--data', join(root, 'examples/tron-thu/chi-bo.csv')] : [];
  const r = await runCli(['build', file, ...merge, '-o', merge.length ? out : join(out, 'x.docx'), '-q'], { env });
  return r.code === 0;
}

describe('everything that builds validates against the published schema', () => {
  it.each(buildable.map((f) => [f.slice(root.length + 1), f]))('%s', async (_, file) => {
    expect(await builds(file)).toBe(true);
    expect(errorsOf(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(DOC_TYPES)('the starter of init %s', async (type) => {
    const file = join(temp(), `${type}.yaml`);
    expect((await runCli(['init', type, '-o', file])).code).toBe(0);
    expect(await builds(file)).toBe(true);
    expect(errorsOf(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('a document whose co_quan, dia_danh and ky come from congvan.config.yaml', async () => {
    const dir = temp();
    const init = ['init', '--config', '--dir', dir, '--body', 'ĐẢNG ỦY XÃ QUẢNG PHÚ', '--code', 'ĐU', '--place', 'Quảng Phú'];
    expect((await runCli([...init, '--signer-authority', 'T/M ĐẢNG ỦY', '--signer-title', 'BÍ THƯ', '--signer-name', 'Lê Văn Minh'])).code).toBe(0);
    const doc = minimalInput();
    delete doc.co_quan;
    delete doc.dia_danh;
    delete doc.ky;
    writeFileSync(join(dir, 'cv.yaml'), toYaml(doc));
    expect(await builds(join(dir, 'cv.yaml'))).toBe(true);
    expect(errorsOf(toYaml(doc))).toEqual([]);
  });

  it('so: 12 unquoted, and so: "{{so}}" in a mail-merge template', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.yaml'), toYaml(minimalInput()).replace("so: \"05\"", 'so: 12'));
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('so: 12\n');
    expect(await builds(join(dir, 'a.yaml'))).toBe(true);
    expect(errorsOf(readFileSync(join(dir, 'a.yaml'), 'utf8'))).toEqual([]);
    expect(errorsOf(readFileSync(join(root, 'examples/tron-thu/cong-van.yaml'), 'utf8'))).toEqual([]);
  });
});

describe('what the published schema rejects, the CLI rejects too', () => {
  const base = () => minimalInput();
  const cases: [string, (d: Record<string, any>) => void][] = [
    ['an unknown key', (d) => (d.kinh_gu = 'x')],
    ['an unknown type', (d) => (d.loai = 'thu-tinh')],
    ['a number with letters', (d) => (d.so_ky_hieu.so = '12a')],
    ['a number with a zero lost (05 → 5 is not 0-free text, so: 0)', (d) => (d.so_ky_hieu.so = 0)],
    ['no date', (d) => delete d.ngay],
    ['no trích yếu', (d) => delete d.trich_yeu],
    ['no content', (d) => delete d.noi_dung],
    ['a công văn without kính gửi', (d) => delete d.kinh_gui],
    ['an issuing body without its code', (d) => delete d.co_quan.ky_hieu],
    ['a code with a slash', (d) => (d.co_quan.ky_hieu = 'Đ/U')],
    ['a list where text is expected', (d) => (d.dia_danh = ['a'])],
    ['an empty signer name', (d) => (d.ky.ho_ten = '')],
  ];
  it.each(cases)('%s', async (_, change) => {
    const d = base();
    change(d);
    const text = toYaml(d);
    expect(errorsOf(text)).not.toEqual([]);
    const dir = temp();
    writeFileSync(join(dir, 'cv.yaml'), text);
    const r = await runCli(['build', join(dir, 'cv.yaml'), '-q'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('lỗi nội bộ');
    expect(existsSync(join(dir, 'cv.docx'))).toBe(false);
  });

  it('every example with a key dropped or a key added: schema-invalid implies CLI-invalid', async () => {
    for (const file of yamlFiles(join(root, 'examples')).filter((f) => !f.includes('tron-thu'))) {
      const data = parse(readFileSync(file, 'utf8'), { version: '1.2' }) as Record<string, unknown>;
      const variants = [...Object.keys(data).map((k) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== k))), { ...data, ghi_chu: 'x' }];
      for (const variant of variants) {
        const text = toYaml(variant);
        if (errorsOf(text).length === 0) continue;
        const dir = temp();
        writeFileSync(join(dir, 'v.yaml'), text);
        const r = await runCli(['build', join(dir, 'v.yaml'), '-q'], { env });
        expect({ file, code: r.code }).toEqual({ file, code: 2 });
      }
    }
  }, 120_000);
});
