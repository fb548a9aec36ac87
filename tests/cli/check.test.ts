// congvan check from the command line: the report, its JSON form, exit codes, options, config.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/index';
import { runCli } from '../helpers/cli';
import { minimalInput, toYaml } from '../helpers/minimal';
import { positionIn } from '../helpers/rule-tester';
import { editedDocx, paragraphNumber, setText } from '../helpers/docx-edit';

const env = { SOURCE_DATE_EPOCH: '1893456000' }; // 2030-01-01: no date is in the future

function write(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'congvan-check-')), name);
  writeFileSync(path, content);
  return path;
}

function yamlWith(change: (d: Record<string, any>) => void): string {
  const d = minimalInput();
  change(d);
  return toYaml(d);
}

const check = (...argv: string[]) => runCli(['check', ...argv], { env });
const out = (r: { stdout: Buffer }) => r.stdout.toString('utf8');

describe('congvan check', () => {
  it('exits 0 and says so for a clean YAML input and a clean .docx', async () => {
    const yaml = write('cv.yaml', toYaml(minimalInput()));
    const docx = write('cv.docx', await buildDocx(toYaml(minimalInput())));
    const r = await check(yaml, docx);
    expect(r.code).toBe(0);
    expect(out(r)).toMatch(/Không có lỗi trong 2 tệp\n$/);
  });

  it('exits 1 with file:line:col  severity  message  rule-id, sorted', async () => {
    const text = yamlWith((d) => ((d.ky.quyen_han = 'T/M TRƯỞNG BAN'), (d.so_ky_hieu.so = '5')));
    const file = write('cv.yaml', text);
    const r = await check(file);
    expect(r.code).toBe(1);
    const so = positionIn(text, '"5"');
    const tm = positionIn(text, 'T/M TRƯỞNG BAN');
    expect(out(r).split('\n').slice(0, 2)).toEqual([
      `${file}:${so.line}:${so.col}  cảnh báo  Số "5" viết là "05".  number-padding`,
      `${file}:${tm.line}:${tm.col}  lỗi  "T/M TRƯỞNG BAN": T/M chỉ đứng trước tên một tập thể (ví dụ T/M BAN THƯỜNG VỤ); người đứng đầu cơ quan tham mưu ký trực tiếp.  signature-tm-collective`,
    ]);
    expect(out(r)).toContain('1 lỗi, 1 cảnh báo trong 1 tệp');
  });

  it('names .docx findings by paragraph number with an excerpt', async () => {
    const bytes = await editedDocx((f) => setText(f, 'T/M ĐẢNG ỦY', 'TM. ĐẢNG ỦY'));
    const r = await check(write('cv.docx', bytes));
    expect(r.code).toBe(1);
    const p = paragraphNumber(bytes, 'TM. ĐẢNG ỦY');
    expect(out(r)).toContain(`cv.docx:¶${p}  lỗi  "TM." là thể thức văn bản nhà nước; văn bản của Đảng viết "T/M". «TM. ĐẢNG ỦY»  state-signature-prefix`);
  });

  it('exits 2 when a file cannot be read, and still reports the others', async () => {
    const bad = write('bad.yaml', 'loai: cong-van\nkinh_gu: x\n');
    const good = write('good.yaml', yamlWith((d) => (d.ky.quyen_han = 'T/M TRƯỞNG BAN')));
    const r = await check(bad, good, '/no/such/file.docx', write('notes.txt', 'x'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:1: lỗi: Khóa "kinh_gu"`);
    expect(r.stderr).toContain('/no/such/file.docx: lỗi: Không đọc được tệp: ENOENT');
    expect(r.stderr).toContain('chỉ nhận tệp .yaml, .yml hoặc .docx');
    expect(out(r)).toContain('signature-tm-collective');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on bad usage', async () => {
    expect((await check()).code).toBe(2);
    expect((await check('x.yaml', '--format', 'xml')).code).toBe(2);
    expect((await check('x.yaml', '--max-warnings', 'many')).code).toBe(2);
  });

  it('prints stable JSON: the same input gives the same bytes, with positions and English messages', async () => {
    const text = yamlWith((d) => (d.ky.quyen_han = 'T/M TRƯỞNG BAN'));
    const file = write('cv.yaml', text);
    const first = await check(file, '--format', 'json', '--lang', 'en');
    const second = await check(file, '--format', 'json', '--lang', 'en');
    expect(first.code).toBe(1);
    expect(out(first)).toBe(out(second));
    const report = JSON.parse(out(first));
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, unreadable: 0 });
    expect(report.files[0].findings).toEqual([
      {
        ruleId: 'signature-tm-collective',
        code: 'CV502',
        severity: 'error',
        file,
        ...positionIn(text, 'T/M TRƯỞNG BAN'),
        paragraph: null,
        excerpt: null,
        locationFile: null,
        message: '"T/M TRƯỞNG BAN": T/M only precedes a collective body (e.g. T/M BAN THƯỜNG VỤ); the head of an advisory body signs directly.',
        hint: 'The head signs directly (no authority line); a deputy signs "K/T TRƯỞNG BAN" and then their own title.',
        fixable: false,
      },
    ]);
    // A YAML input is never judged on the .docx layout: those rules say "not checked".
    expect(report.files[0].notChecked).toContainEqual({ ruleId: 'docx-page-setup', reason: 'docx-only', detail: null });
  });

  it('--strict counts warnings as errors; --max-warnings N fails above N', async () => {
    const file = write('cv.yaml', yamlWith((d) => (d.so_ky_hieu.so = '5')));
    expect((await check(file)).code).toBe(0);
    const strict = await check(file, '--strict', '--format', 'json');
    expect(strict.code).toBe(1);
    expect(JSON.parse(out(strict)).files[0].findings[0].severity).toBe('error');
    expect((await check(file, '--max-warnings', '0')).code).toBe(1);
    expect((await check(file, '--max-warnings', '1')).code).toBe(0);
  });

  it('reads rule settings from the check: section of a config file', async () => {
    const file = write('cv.yaml', yamlWith((d) => ((d.ky.quyen_han = 'T/M TRƯỞNG BAN'), (d.so_ky_hieu.so = '5'))));
    const config = write('congvan.config.yaml', 'dia_danh: Quảng Phú\ncheck:\n  rules:\n    signature-tm-collective: off\n    number-padding: error\n');
    const r = await check(file, '--config', config, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(out(r)).files[0].findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([['number-padding', 'error']]);
  });

  it('places a finding in a value congvan.config.yaml supplied at its line in that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-check-'));
    const config = join(dir, 'congvan.config.yaml');
    writeFileSync(config, 'noi_nhan:\n  - Như trên\n  - "Lưu: Văn phòng"\n');
    const file = join(dir, 'cv.yaml');
    writeFileSync(file, yamlWith((d) => delete d.noi_nhan));
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(out(r)).toContain(`${config}:3:5  lỗi  "- Lưu: Văn phòng.": bỏ dấu hai chấm sau "Lưu"`);
    // --fix rewrites only the document's own values, never the organisation profile.
    await check(file, '--fix');
    expect(readFileSync(config, 'utf8')).toContain('"Lưu: Văn phòng"');
  });

  it('refuses a config naming an unknown rule, at its line:col, with a suggestion', async () => {
    const config = write('congvan.config.yaml', 'check:\n  rules:\n    number-paddin: off\n');
    const r = await check(write('cv.yaml', toYaml(minimalInput())), '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}:3:5: lỗi: Tệp cấu hình nhắc đến quy tắc "number-paddin" không có.`);
    expect(r.stderr).toContain('Có phải ý bạn là "number-padding"?');
  });
});

describe('congvan check --fix', () => {
  const input = [
    '# yaml-language-server: $schema=../schema/congvan.schema.json',
    toYaml(minimalInput())
      .replace('dia_danh: Quảng Phú', `dia_danh: ${'Quảng Phú'.normalize('NFD')}   # địa danh`)
      .replace('ho_ten: Lê Văn Minh', 'ho_ten: Lê Văn\u200B Minh')
      .replace('ngay: 2024-01-05', 'ngay: 5/1/2024')
      .replace('  - Như trên\n  - Lưu Đảng ủy\n', '  - Như trên;\n  # bản lưu\n  - "Lưu: Văn phòng"\n'),
  ].join('\n');

  it('rewrites the safe fixes, keeps comments and the rest byte for byte, and says what it changed', async () => {
    const file = write('cv.yaml', input);
    const r = await check(file, '--fix');
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(
      input
        .replace('Quảng Phú'.normalize('NFD'), 'Quảng Phú')
        .replace('Lê Văn\u200B Minh', 'Lê Văn Minh')
        .replace('5/1/2024', '05/01/2024')
        .replace('Như trên;', 'Như trên,')
        .replace('"Lưu: Văn phòng"', '"Lưu Văn phòng"'),
    );
    const lines = out(r).split('\n');
    expect(lines.filter((l) => l.includes('  đã sửa  ')).map((l) => l.split('  ').at(-1))).toEqual(['text-nfc', 'date-padding', 'text-invisible', 'noi-nhan-comma', 'state-luu']);
    expect(r.code).toBe(0);
    expect(out(r)).toContain('Không có lỗi trong 1 tệp');
  });

  it('leaves a file it has nothing to fix untouched', async () => {
    const clean = toYaml(minimalInput());
    const file = write('cv.yaml', clean);
    expect((await check(file, '--fix')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(clean);
  });
});
