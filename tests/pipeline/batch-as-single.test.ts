// A batch applies the same pipeline as a single build: --strict, the rules and the config's
// check: section per item, findings in the summary and the JSON report (with the code, ruleId
// and severity of `congvan check --format json`), numbering with so: auto / --assign-number
// (on worker threads too), and `congvan pdf` refuses anything but DOCX.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentYaml, listDir, tempDir, writeFiles } from '../helpers/batch';
import { runCli } from '../helpers/cli';
import { inspect } from '../helpers/example';
import { paragraphText } from '../helpers/ooxml';
import { makeOffice, ownContent } from '../helpers/office';

const env = { SOURCE_DATE_EPOCH: '1893456000' };
/** A finding of signature-tm-collective (a warning in the preset), nothing the loader refuses. */
const withFinding = () => documentYaml((d) => (d.ky.quyen_han = 'T/M TRƯỞNG BAN'));

function twoFiles(): { dir: string; out: string } {
  const dir = tempDir();
  writeFiles(dir, { 'in/a-ok.yaml': documentYaml(), 'in/b-finding.yaml': withFinding() });
  return { dir, out: join(dir, 'out') };
}

describe('a batch item is built as it would be alone', () => {
  it('--strict: the item with a finding fails, is not written, and the batch exits 1', async () => {
    const { dir, out } = twoFiles();
    const r = await runCli(['build', join(dir, 'in'), '-o', out, '--strict'], { env });
    expect(r.code).toBe(1);
    expect(listDir(out)).toEqual(['a-ok.docx']);
    expect(r.stderr).toContain(`${join(dir, 'in/b-finding.yaml')}:`);
    expect(r.stderr).toContain('  lỗi  "T/M TRƯỞNG BAN"');
    expect(r.stderr).toContain('signature-tm-collective');
  });

  it('without --strict: writes both and shows the finding as a warning in the summary', async () => {
    const { dir, out } = twoFiles();
    const r = await runCli(['build', join(dir, 'in'), '-o', out], { env });
    expect(r.code).toBe(0);
    expect(listDir(out)).toEqual(['a-ok.docx', 'b-finding.docx']);
    expect(r.stderr).toContain('  cảnh báo  "T/M TRƯỞNG BAN"');
  });

  it('--json items[].diagnostics carry the findings as `check --format json` reports them', async () => {
    const { dir, out } = twoFiles();
    const r = await runCli(['build', join(dir, 'in'), '-o', out, '--json', '--strict', '--lang', 'en'], { env });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stderr);
    const [ok, bad] = report.items;
    expect(ok).toMatchObject({ status: 'ok', diagnostics: [] });
    expect(bad).toMatchObject({ status: 'failed', output: null });
    const check = await runCli(['check', join(dir, 'in/b-finding.yaml'), '--format', 'json', '--strict', '--lang', 'en'], { env });
    const expected = JSON.parse(check.stdout.toString('utf8')).files[0].findings;
    expect(expected.length).toBeGreaterThan(0);
    expect(bad.diagnostics.map((d: any) => [d.code, d.ruleId, d.severity, d.line, d.col, d.message])).toEqual(
      expected.map((f: any) => [f.code, f.ruleId, f.severity, f.line, f.col, f.message]),
    );
  });

  it("applies the config's check: section to every item", async () => {
    const { dir, out } = twoFiles();
    writeFileSync(join(dir, 'congvan.config.yaml'), 'check:\n  rules:\n    signature-tm-collective: off\n');
    const r = await runCli(['build', join(dir, 'in'), '-o', out, '--strict'], { env });
    expect(r.stderr).not.toContain('signature-tm-collective');
    expect(r.code).toBe(0);
    expect(listDir(out)).toEqual(['a-ok.docx', 'b-finding.docx']);
  });
});

const numberOf = (docx: string): string => paragraphText(inspect(readFileSync(docx)).paragraphsWithText(/^Số \d/)[0]!);

describe('numbering in a batch', () => {
  for (const jobs of ['0', '2']) {
    it(`so: auto takes one number per document from the register (-j ${jobs})`, async () => {
      const office = makeOffice();
      for (let i = 0; i < 4; i++) office.write(`docs/vb-${i}.yaml`, ownContent(`V/v văn bản ${i}`));
      const out = join(office.dir, 'out');
      const r = await runCli(['build', join(office.dir, 'docs'), '-o', out, '-j', jobs, '--json'], { env });
      expect(r.code, r.stderr).toBe(0);
      const numbers = listDir(out).map((f) => numberOf(join(out, f)));
      expect([...numbers].sort()).toEqual(['Số 01-CV/ĐU', 'Số 02-CV/ĐU', 'Số 03-CV/ĐU', 'Số 04-CV/ĐU']);
      const report = JSON.parse(r.stderr);
      expect(report.items.map((item: any) => `Số ${item.number}`)).toEqual(listDir(out).map((f) => numberOf(join(out, f))));
      const exported = await runCli(['register', 'export', '--json', '--config', office.config]);
      const entries = JSON.parse(exported.stdout.toString('utf8')) as { ky_hieu: string; trang_thai: string }[];
      expect(entries.map((e) => `Số ${e.ky_hieu}`).sort()).toEqual([...numbers].sort());
      expect(new Set(entries.map((e) => e.trang_thai))).toEqual(new Set(['đã ban hành']));
    }, 60_000);
  }

  it('--assign-number numbers the rows of a mail merge', async () => {
    const office = makeOffice();
    const merge = office.write('thu.yaml', { ...ownContent('V/v gửi {{don_vi}}'), so_ky_hieu: {}, kinh_gui: '{{don_vi}}' });
    writeFileSync(merge, readFileSync(merge, 'utf8').replace(/so_ky_hieu: \{\}\n/, ''));
    const data = office.write('rows.csv', 'don_vi\nChi bộ 1\nChi bộ 2\nChi bộ 3\n');
    const out = join(office.dir, 'out');
    const r = await runCli(['build', merge, '--data', data, '-o', out, '--assign-number'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(listDir(out).map((f) => numberOf(join(out, f)))).toEqual(['Số 01-CV/ĐU', 'Số 02-CV/ĐU', 'Số 03-CV/ĐU']);
  }, 60_000);
});

describe('congvan pdf takes only DOCX', () => {
  it('refuses a YAML file with a message and the command to use, and leaves the PDF there alone', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'x.yaml': documentYaml(), 'x.pdf': '%PDF-1.7 a real one' });
    const r = await runCli(['pdf', join(dir, 'x.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('congvan pdf takes only DOCX files');
    expect(r.stderr).toContain(`congvan build ${join(dir, 'x.yaml')} --pdf`);
    expect(readFileSync(join(dir, 'x.pdf'), 'utf8')).toBe('%PDF-1.7 a real one');
  });

  it('refuses a text file named .docx', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'fake.docx': 'loai: cong-van\n' });
    const r = await runCli(['pdf', join(dir, 'fake.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[pdf-not-docx]');
    expect(existsSync(join(dir, 'fake.pdf'))).toBe(false);
  });
});
