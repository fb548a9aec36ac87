// congvan build runs the check rules on its input: findings print at the severity congvan check
// gives them and the file is written; with --strict they stop the build (exit 1, no file).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { minimalInput, toYaml } from '../helpers/minimal';
import { positionIn } from '../helpers/rule-tester';

const env = { SOURCE_DATE_EPOCH: '1893456000' };

function input(): { path: string; out: string; text: string } {
  const d = minimalInput();
  d.ky.quyen_han = 'T/M TRƯỞNG BAN';
  const text = toYaml(d);
  const dir = mkdtempSync(join(tmpdir(), 'congvan-build-check-'));
  writeFileSync(join(dir, 'cv.yaml'), text);
  return { path: join(dir, 'cv.yaml'), out: join(dir, 'cv.docx'), text };
}

describe('congvan build checks its input', () => {
  it('prints findings at the severity check gives them, and still writes the file', async () => {
    const { path, out, text } = input();
    const r = await runCli(['build', path], { env });
    const { line, col } = positionIn(text, 'T/M TRƯỞNG BAN');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `${path}:${line}:${col}  lỗi  "T/M TRƯỞNG BAN": T/M chỉ đứng trước tên một tập thể (ví dụ T/M BAN THƯỜNG VỤ); người đứng đầu cơ quan tham mưu ký trực tiếp.  signature-tm-collective\nĐã tạo ${out}\n`,
    );
    expect(existsSync(out)).toBe(true);
  });

  it('gives every finding the same severity as congvan check (errors and warnings alike)', async () => {
    const d = minimalInput();
    d.so_ky_hieu.loai = 'NQ'; // number-type-code: error
    d.noi_dung.mo_dau = 'Thực hiện chỉ đạo của cấp uỷ.'; // text-tone-style: warning
    const dir = mkdtempSync(join(tmpdir(), 'congvan-build-check-'));
    const path = join(dir, 'cv.yaml');
    writeFileSync(path, toYaml(d));
    const build = await runCli(['build', path], { env });
    const check = await runCli(['check', path], { env });
    expect(build.code).toBe(0);
    const findings = (out: string) => out.split('\n').filter((l) => /  (lỗi|cảnh báo)  /.test(l));
    expect(findings(build.stderr).map((l) => l.split('  ')[1])).toEqual(['lỗi', 'cảnh báo']);
    expect(findings(build.stderr)).toEqual(findings(check.stdout + check.stderr));
  });

  it('with --strict, fails with exit 1 and writes nothing', async () => {
    const { path, out } = input();
    const r = await runCli(['build', path, '--strict'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  lỗi  "T/M TRƯỞNG BAN": T/M chỉ đứng trước');
    expect(existsSync(out)).toBe(false);
  });

  it('reports them in the --json report', async () => {
    const { path } = input();
    const r = await runCli(['build', path, '--json', '--lang', 'en'], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stderr);
    expect(report.ok).toBe(true);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ code: 'CV502', ruleId: 'signature-tm-collective', severity: 'error', message: expect.stringContaining('T/M only precedes a collective body') }),
    ]);
  });

  it('gives a finding the fields of every diagnostic, as congvan check --format json does', async () => {
    const { path, text } = input();
    const build = JSON.parse((await runCli(['build', path, '--json', '--lang', 'en'], { env })).stderr);
    const check = JSON.parse((await runCli(['check', path, '--format', 'json', '--lang', 'en'], { env })).stdout.toString('utf8'));
    const finding = check.files[0].findings[0];
    expect(build.diagnostics).toEqual([
      {
        code: 'CV502',
        ruleId: 'signature-tm-collective',
        severity: 'error',
        file: path,
        ...positionIn(text, 'T/M TRƯỞNG BAN'),
        message: '"T/M TRƯỞNG BAN": T/M only precedes a collective body (e.g. T/M BAN THƯỜNG VỤ); the head of an advisory body signs directly.',
        hint: 'The head signs directly (no authority line); a deputy signs "K/T TRƯỞNG BAN" and then their own title.',
      },
    ]);
    // check's finding is the same diagnostic, plus where in a .docx and whether --fix applies.
    for (const [key, value] of Object.entries(build.diagnostics[0])) expect(finding[key]).toEqual(value);
  });
});

describe('legacy-font text (TCVN3/VNI mojibake in valid UTF-8)', () => {
  function legacy(): { path: string; out: string } {
    const d = minimalInput();
    d.kinh_gui = 'C¸c chi bé trùc thuéc §¶ng bé.'; // "Các chi bộ trực thuộc Đảng bộ." typed in TCVN3
    const dir = mkdtempSync(join(tmpdir(), 'congvan-build-check-'));
    writeFileSync(join(dir, 'cv.yaml'), toYaml(d));
    return { path: join(dir, 'cv.yaml'), out: join(dir, 'cv.docx') };
  }

  it('is an error in build as in check (build --strict stops on it, and writes nothing)', async () => {
    const { path, out } = legacy();
    const checked = await runCli(['check', path], { env });
    expect(checked.code).toBe(1);
    expect(checked.stdout.toString()).toMatch(/lỗi .*text-legacy-encoding/);
    const built = await runCli(['build', path], { env });
    expect(built.stderr).toMatch(/  lỗi  .*TCVN3\/VNI.*text-legacy-encoding/);
    const strict = await runCli(['build', path, '--strict', '-o', `${out}.strict.docx`], { env });
    expect(strict.code).toBe(1);
    expect(existsSync(`${out}.strict.docx`)).toBe(false);
  });
});
