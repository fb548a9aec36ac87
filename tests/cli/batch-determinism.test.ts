// A batch gives the same bytes every time, whether built in this thread or on worker
// threads, and the same bytes as building each filled-in document on its own.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { root } from '../helpers/example';
import { documentYaml, docxText, listDir, tempDir, writeFiles } from '../helpers/batch';

const template = readFileSync(join(root, 'examples/cong-van.yaml'), 'utf8')
  .replace('so: "1023"', 'so: "{{so}}"')
  .replace(/^kinh_gui: .*$/m, 'kinh_gui: "{{kinh_gui}}"');
const rows = Array.from({ length: 12 }, (_, i) => ({ so: String(2000 + i), kinh_gui: `Chi bộ số ${i + 1}, Đảng bộ Khối.` }));

function batchInput() {
  const dir = tempDir();
  writeFiles(dir, { 'thu.yaml': template, 'rows.csv': `so,kinh_gui\n${rows.map((r) => `${r.so},"${r.kinh_gui}"`).join('\n')}\n` });
  return dir;
}

async function buildBatch(dir: string, out: string, extra: string[] = []) {
  const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, out), '--name', '{{so}}', '-q', ...extra]);
  expect(result.code).toBe(0);
  return Object.fromEntries(listDir(join(dir, out)).map((f) => [f, readFileSync(join(dir, out, f))]));
}

describe('batch determinism', () => {
  it('gives identical files when the same batch runs twice, in this thread or on a worker thread', async () => {
    const dir = batchInput();
    const first = await buildBatch(dir, 'a', ['--jobs', '0']);
    const second = await buildBatch(dir, 'b', ['--jobs', '0']);
    const workers = await buildBatch(dir, 'c', ['--jobs', '1']);
    expect(Object.keys(first)).toHaveLength(rows.length);
    expect(second).toEqual(first);
    expect(workers).toEqual(first);
    expect(docxText(join(dir, 'c', '2011.docx'))).toContain('Kính gửi: Chi bộ số 12, Đảng bộ Khối.');
  }, 120_000);

  it('gives the bytes a single build of the filled-in YAML gives, in a fresh process', async () => {
    const dir = batchInput();
    const batch = await buildBatch(dir, 'out');
    for (const row of [rows[0]!, rows[7]!]) {
      const yaml = join(dir, `${row.so}.yaml`);
      writeFileSync(yaml, template.replace('{{so}}', row.so).replace('{{kinh_gui}}', row.kinh_gui));
      execFileSync(process.execPath, [join(root, 'bin/congvan.js'), 'build', yaml, '-q']);
      expect(readFileSync(join(dir, `${row.so}.docx`)).equals(batch[`${row.so}.docx`]!)).toBe(true);
    }
  }, 120_000);

  it('builds a document too large for a worker thread in the main thread instead, with the same bytes', async () => {
    const dir = tempDir();
    const point = 'Tuyên truyền tạo sự thống nhất cao về nhận thức và hành động trong tổ chức đảng, cán bộ, đảng viên, công chức, viên chức, người lao động về vai trò, vị trí công tác xây dựng Đảng.';
    const huge = documentYaml((i) => {
      i.so_ky_hieu.so = '{{so}}';
      i.noi_dung.cac_diem = Array.from({ length: 1500 }, (_, k) => `${k + 1}. ${point}`);
    });
    writeFiles(dir, { 'thu.yaml': huge, 'rows.csv': 'so\n1\n2\n3\n' });
    const build = async (out: string, jobs: string) => {
      const r = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, out), '--jobs', jobs, '-q']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      return listDir(join(dir, out)).map((f) => readFileSync(join(dir, out, f)));
    };
    const here = await build('here', '0');
    expect(await build('worker', '1')).toEqual(here);
    expect(docxText(join(dir, 'worker', 'thu-3.docx'))).toContain(`1500. ${point}`);
  }, 120_000);
});
