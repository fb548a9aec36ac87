// Bad input: one clear message with file:line:col and a hint, exit 2, no stack trace, and no
// output file (an older output stays as it was).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { minimalInput, toYaml } from '../helpers/minimal';

function inputFile(yaml: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-bad-'));
  const path = join(dir, 'van-ban.yaml');
  writeFileSync(path, yaml);
  return { dir, path };
}

async function buildFails(yaml: string, lang?: 'en') {
  const { dir, path } = inputFile(yaml);
  const result = await runCli(['build', path, ...(lang ? ['--lang', lang] : [])]);
  expect(result.code).toBe(2);
  expect(readdirSync(dir)).toEqual(['van-ban.yaml']); // no output, no temp file
  expect(result.stderr).not.toMatch(/\n\s+at |\.ts:\d+|Error:/); // no stack trace
  return { ...result, path };
}

const valid = () => toYaml(minimalInput());

describe('bad input', () => {
  it('reports a YAML syntax error at its line and column', async () => {
    const { stderr, path } = await buildFails('loai: cong-van\nco_quan: [ĐẢNG ỦY\nso_ky_hieu: 1\n');
    expect(stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: lỗi: Lỗi cú pháp YAML`));
  });

  it('names an unknown key with its line:col and suggests the right one', async () => {
    const yaml = valid().replace('kinh_gui:', 'kinh_gu:');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('kinh_gu:')) + 1;
    const { stderr } = await buildFails(yaml);
    expect(stderr).toContain(`van-ban.yaml:${line}:1: lỗi: Khóa "kinh_gu" không có trong phần gốc của tệp.`);
    expect(stderr).toContain('gợi ý: Có phải ý bạn là "kinh_gui"?');
  });

  it('suggests the key when the clerk typed it with Vietnamese diacritics', async () => {
    const { stderr } = await buildFails(valid().replace('dia_danh:', 'địa_danh:'));
    expect(stderr).toContain('Có phải ý bạn là "dia_danh"?');
  });

  it('reports a missing required field with its Vietnamese name', async () => {
    const input = minimalInput();
    delete input.ky.ho_ten;
    const { stderr } = await buildFails(toYaml(input));
    expect(stderr).toMatch(/:\d+:\d+: lỗi: Thiếu trường bắt buộc "ho_ten" \(họ tên người ký\) trong "ky"/);
  });

  it('reports a wrong type', async () => {
    const input = minimalInput();
    input.noi_nhan = { a: 1 };
    const { stderr } = await buildFails(toYaml(input));
    expect(stderr).toContain('"noi_nhan" phải là danh sách');
  });

  it('rejects an impossible date such as 31/02', async () => {
    const yaml = valid().replace('ngay: 2024-01-05', 'ngay: 31/02/2024');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('ngay:')) + 1;
    const { stderr } = await buildFails(yaml);
    expect(stderr).toContain(`van-ban.yaml:${line}:7: lỗi: Ngày "31/02/2024" không tồn tại.`);
  });

  it('rejects so: 05, which YAML reads as 5, and shows how to quote it', async () => {
    const yaml = valid().replace(/so: "?05"?/, 'so: 05');
    expect(yaml).toContain('so: 05');
    const { stderr } = await buildFails(yaml);
    expect(stderr).toMatch(/:\d+:\d+: lỗi: Số văn bản 05 được viết không có ngoặc kép/);
    expect(stderr).toContain('gợi ý: Viết: so: "05"');
  });

  it('explains that "Số" and the codes are printed by the tool when so holds the whole number', async () => {
    const yaml = valid().replace(/so: "?05"?/, 'so: "Số: 12-CV/ĐU"');
    const { stderr } = await buildFails(yaml);
    expect(stderr).toMatch(/:\d+:\d+: lỗi: "so" chỉ ghi số thứ tự của văn bản, không ghi cả "Số: 12-CV\/ĐU"\. \[number-with-code\]/);
    expect(stderr).toContain('gợi ý: Viết so: "12". Chữ "Số" (không có dấu hai chấm), ký hiệu thể loại');
    expect(stderr).toContain('do congvan tự in');
  });

  it('hints to quote a list line that contains ": " (not "wrong type" or "unknown key")', async () => {
    const d = minimalInput();
    d.noi_dung.cac_diem = [{ doan: '1. Tổ chức hội nghị', cac_y: ['__LINE__'] }];
    const yaml = toYaml(d).replace(/["']?__LINE__["']?/, 'a) Thời gian: 8 giờ');
    expect(yaml).toContain('- a) Thời gian: 8 giờ');
    const line = yaml.split('\n').findIndex((l) => l.includes('a) Thời gian')) + 1;
    const { stderr } = await buildFails(yaml);
    expect(stderr).toContain(`van-ban.yaml:${line}:`);
    expect(stderr).toContain('lỗi: Dòng "a) Thời gian: 8 giờ" có chứa ": " nên YAML hiểu nhầm thành một khóa và giá trị');
    expect(stderr).toContain('gợi ý: Đặt cả dòng trong ngoặc kép: - "a) Thời gian: 8 giờ"');
    expect(stderr).not.toMatch(/wrong-type|unknown-key|missing-field/);
  });

  it('hints the same for a body block line of the list form', async () => {
    const yaml = valid().replace(/noi_dung:[\s\S]*?\nky:/, 'noi_dung:\n  - "Điều 1. Thành lập"\n  - a) Thời gian: 8 giờ\nky:');
    expect(yaml).toContain('  - a) Thời gian: 8 giờ');
    const { stderr } = await buildFails(yaml);
    expect(stderr).toContain('[yaml-colon-item]');
    expect(stderr).not.toMatch(/unknown-key|block-kind/);
  });

  it('hints to quote a value that contains ": "', async () => {
    const { stderr } = await buildFails(valid().replace(/trich_yeu: .*/, 'trich_yeu: V/v triển khai: nhiệm vụ'));
    expect(stderr).toContain('Giá trị có chứa ": "');
    expect(stderr).toContain('trich_yeu: "V/v triển khai: nhiệm vụ"');
  });

  it('speaks English with --lang en', async () => {
    const { stderr } = await buildFails(valid().replace('kinh_gui:', 'kinh_gu:'), 'en');
    expect(stderr).toContain('error: Unknown key "kinh_gu" in the top level.');
    expect(stderr).toContain('hint: Did you mean "kinh_gui"?');
  });

  it('reports every problem of a file at once, sorted by line', async () => {
    const input = minimalInput();
    input.ngay = '30/02/2024';
    input.kinh_guii = 'x';
    const { stderr } = await buildFails(toYaml(input));
    const lines = stderr.split('\n').filter((l) => / lỗi: /.test(l)).map((l) => Number(l.split(':')[1]));
    expect(lines).toHaveLength(2);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('leaves an existing output file untouched when the build fails', async () => {
    const { dir, path } = inputFile('loai: [');
    const out = join(dir, 'van-ban.docx');
    writeFileSync(out, 'older work');
    const result = await runCli(['build', path]);
    expect(result.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('older work');
  });

  it('gives scripts a JSON report with stable codes and positions', async () => {
    const { dir, path } = inputFile(valid().replace('kinh_gui:', 'kinh_gu:'));
    const result = await runCli(['build', path, '--json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stderr);
    expect(report).toMatchObject({ ok: false, output: null });
    expect(report.diagnostics[0]).toMatchObject({ code: 'unknown-key', severity: 'error', line: expect.any(Number), col: 1 });
    expect(existsSync(join(dir, 'van-ban.docx'))).toBe(false);
  });

  it('reports a missing input file without a stack trace', async () => {
    const result = await runCli(['build', '/nonexistent/x.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/nonexistent/x.yaml: lỗi: Không đọc được tệp: ENOENT');
  });
});
