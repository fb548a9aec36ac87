// congvan build runs the check rules on its input: findings print as warnings and the file is
// written; with --strict they stop the build (exit 1, no file).
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
  it('prints findings as warnings and still writes the file', async () => {
    const { path, out, text } = input();
    const r = await runCli(['build', path], { env });
    const { line, col } = positionIn(text, 'T/M TRƯỞNG BAN');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `${path}:${line}:${col}  cảnh báo  "T/M TRƯỞNG BAN": T/M chỉ đứng trước tên một tập thể (ví dụ T/M BAN THƯỜNG VỤ); người đứng đầu cơ quan tham mưu ký trực tiếp.  signature-tm-collective\nĐã tạo ${out}\n`,
    );
    expect(existsSync(out)).toBe(true);
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
      expect.objectContaining({ code: 'CV502', ruleId: 'signature-tm-collective', severity: 'warning', message: expect.stringContaining('T/M only precedes a collective body') }),
    ]);
  });
});
