// congvan build with many inputs and with --data: outputs, names, reports, exit codes.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { documentYaml, docxText, listDir, mergeData, mergeExample, tempDir, writeFiles } from '../helpers/batch';

describe('many inputs', () => {
  it('builds files, folders and quoted globs into -o, one DOCX each, and reports them in order', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'a.yaml': documentYaml((i) => (i.so_ky_hieu.so = '11')),
      'thu-muc/c.yaml': documentYaml((i) => (i.so_ky_hieu.so = '13')),
      'thu-muc/b.yml': documentYaml((i) => (i.so_ky_hieu.so = '12')),
      'thu-muc/ghi-chu.txt': 'not yaml',
      'mau/d-1.yaml': documentYaml((i) => (i.so_ky_hieu.so = '14')),
      'mau/d-2.yaml': documentYaml((i) => (i.so_ky_hieu.so = '15')),
    });
    const out = join(dir, 'out');
    const result = await runCli(['build', join(dir, 'a.yaml'), join(dir, 'thu-muc'), join(dir, 'mau/d-*.yaml'), '-o', out, '--json']);
    expect(result.code).toBe(0);
    expect(listDir(out)).toEqual(['a.docx', 'b.docx', 'c.docx', 'd-1.docx', 'd-2.docx']);
    const report = JSON.parse(result.stderr);
    expect(report).toMatchObject({ ok: true, total: 5, written: 5, failed: 0 });
    expect(report.items.map((i: { input: string }) => i.input.slice(dir.length + 1))).toEqual(['a.yaml', 'thu-muc/b.yml', 'thu-muc/c.yaml', 'mau/d-1.yaml', 'mau/d-2.yaml']);
    expect(docxText(join(out, 'b.docx'))).toContain('Số 12-CV/ĐU');
    expect(docxText(join(out, 'd-2.docx'))).toContain('Số 15-CV/ĐU');
  });

  it('writes each DOCX beside its YAML file when there is no -o', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'x/a.yaml': documentYaml(), 'y/b.yaml': documentYaml() });
    const result = await runCli(['build', join(dir, 'x/a.yaml'), join(dir, 'y/b.yaml'), '-q']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(dir, 'x/a.docx')) && existsSync(join(dir, 'y/b.docx'))).toBe(true);
  });

  it('refuses two inputs that would write the same file, before writing anything', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'x/a.yaml': documentYaml(), 'y/A.yaml': documentYaml() });
    const result = await runCli(['build', join(dir, 'x/a.yaml'), join(dir, 'y/A.yaml'), '-o', join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cho cùng một tệp kết quả "A.docx". Chưa ghi tệp nào.');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 when a folder or pattern holds no YAML file', async () => {
    const dir = tempDir();
    const result = await runCli(['build', join(dir, '*.yaml'), '-o', join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không có tệp YAML nào ở');
  });
});

describe('a bad file among good ones', () => {
  function batchWithOneBad() {
    const dir = tempDir();
    writeFiles(dir, {
      'in/1.yaml': documentYaml(),
      'in/2.yaml': documentYaml().replace('kinh_gui:', 'kinh_gu:'),
      'in/3.yaml': documentYaml(),
    });
    return { dir, out: join(dir, 'out') };
  }

  it('builds the others, reports the bad one with file:line:col, and exits 1', async () => {
    const { dir, out } = batchWithOneBad();
    const result = await runCli(['build', join(dir, 'in'), '-o', out]);
    expect(result.code).toBe(1);
    expect(listDir(out)).toEqual(['1.docx', '3.docx']);
    for (const f of ['1.docx', '3.docx']) expect(docxText(join(out, f))).toContain('Lê Văn Minh');
    expect(result.stderr).toMatch(/in\/2\.yaml:\d+:1: lỗi: Khóa "kinh_gu" không có trong phần gốc của tệp\. \[unknown-key\]/);
    expect(result.stderr).toContain('Đã tạo 2/3 tệp, 1 lỗi');
  });

  it('gives scripts a JSON report: per item input, output, status and diagnostics with line and col', async () => {
    const { dir, out } = batchWithOneBad();
    const result = await runCli(['build', join(dir, 'in'), '-o', out, '--json', '--lang', 'en']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stderr);
    expect(report).toMatchObject({ ok: false, total: 3, written: 2, failed: 1 });
    expect(report.items[0]).toEqual({ input: join(dir, 'in/1.yaml'), output: join(out, '1.docx'), status: 'ok', diagnostics: [] });
    expect(report.items[1]).toMatchObject({ input: join(dir, 'in/2.yaml'), output: null, status: 'failed' });
    expect(report.items[1].diagnostics[0]).toMatchObject({ code: 'unknown-key', line: expect.any(Number), col: 1, message: 'Unknown key "kinh_gu" in the top level.' });
  });

  it('stops at the first failure with --fail-fast', async () => {
    const { dir, out } = batchWithOneBad();
    const result = await runCli(['build', join(dir, 'in'), '-o', out, '--fail-fast', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stderr);
    expect(report.items.map((i: { status: string }) => i.status)).toEqual(['ok', 'failed', 'not-run']);
    expect(listDir(out)).toEqual(['1.docx']);
  });

  it('resumes with --skip-existing: files already there are left as they are', async () => {
    const { dir, out } = batchWithOneBad();
    await runCli(['build', join(dir, 'in'), '-o', out, '-q']);
    writeFileSync(join(out, '1.docx'), 'kept');
    rmSync(join(out, '3.docx')); // as if the batch had stopped before it
    const result = await runCli(['build', join(dir, 'in'), '-o', out, '--skip-existing', '--json']);
    expect(JSON.parse(result.stderr)).toMatchObject({ written: 1, skipped: 1, failed: 1 });
    expect(readFileSync(join(out, '1.docx'), 'utf8')).toBe('kept');
    expect(docxText(join(out, '3.docx'))).toContain('Lê Văn Minh');
  });
});

describe('mail merge (--data)', () => {
  it('builds one dispatch per CSV row, filling the placeholders, named by --name', async () => {
    const out = join(tempDir(), 'out');
    const result = await runCli(['build', mergeExample, '--data', mergeData, '-o', out, '--name', '{{so}}-{{don_vi}}.docx']);
    expect(result.code).toBe(0);
    expect(listDir(out)).toEqual(['1101-Chi bộ Văn phòng.docx', '1102-Đảng ủy Công ty Điện lực.docx', '1103-Chi bộ Sở Tư pháp.docx']);
    const text = docxText(join(out, '1102-Đảng ủy Công ty Điện lực.docx'));
    expect(text).toContain('Số 1102-CV/ĐUK');
    expect(text).toContain('Kính gửi: Đảng ủy Công ty Điện lực Thanh Hóa');
    expect(text).toContain('Cử đồng chí Nguyễn Văn "Bình" làm đầu mối');
    expect(text).toContain('đề nghị Đảng ủy Công ty Điện lực thực hiện');
    expect(docxText(join(out, '1101-Chi bộ Văn phòng.docx'))).toContain('Kính gửi: Chi bộ Văn phòng, Đảng ủy Khối');
  });

  it('reads JSON and YAML rows as well, and names files <yaml>-<row> without --name', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'thu.yaml': documentYaml((i) => ((i.so_ky_hieu.so = '{{so}}'), (i.kinh_gui = '{{noi}}'))),
      'rows.json': JSON.stringify([{ so: '01', noi: 'Chi bộ A' }, { so: 2, noi: 'Chi bộ B' }]),
      'rows.yaml': '- so: 03\n  noi: Chi bộ C\n',
    });
    expect((await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.json'), '-o', join(dir, 'j')])).code).toBe(0);
    expect(listDir(join(dir, 'j'))).toEqual(['thu-1.docx', 'thu-2.docx']);
    expect(docxText(join(dir, 'j/thu-2.docx'))).toContain('Kính gửi: Chi bộ B');
    expect((await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.yaml'), '-o', join(dir, 'y')])).code).toBe(0);
    expect(docxText(join(dir, 'y/thu-1.docx'))).toContain('Số 03-CV/ĐU');
  });

  it('prints a value that looks like a placeholder or markup as typed', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'thu.yaml': documentYaml((i) => (i.kinh_gui = '{{noi}}')),
      'rows.csv': 'noi\n"{{noi}} <b>x</b> {{constructor}}"\n',
    });
    expect((await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'o')])).code).toBe(0);
    expect(docxText(join(dir, 'o/thu-1.docx'))).toContain('Kính gửi: {{noi}} <b>x</b> {{constructor}}');
  });

  it('names the row and its CSV line when a row is bad, builds the good rows, exits 1', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'thu.yaml': documentYaml((i) => ((i.ngay = '{{ngay}}'), (i.kinh_gui = '{{noi}}'))),
      'rows.csv': 'ngay,noi\n2024-01-05,"A,\nB"\n31/02/2024,C\n2024-01-06,D\n',
    });
    const out = join(dir, 'o');
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', out]);
    expect(result.code).toBe(1);
    expect(listDir(out)).toEqual(['thu-1.docx', 'thu-3.docx']);
    expect(docxText(join(out, 'thu-3.docx'))).toContain('Kính gửi: D');
    expect(result.stderr).toContain(`${join(dir, 'rows.csv')}:4: hàng 2 (dòng 4) không dựng được:`);
    expect(result.stderr).toMatch(/thu\.yaml:\d+:7: lỗi: Ngày "31\/02\/2024" không tồn tại\. \[date-impossible\]/);
    const json = JSON.parse((await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', out, '--json'])).stderr);
    expect(json.items[1]).toMatchObject({ input: join(dir, 'rows.csv'), row: 2, line: 4, status: 'failed', diagnostics: [{ code: 'date-impossible' }] });
  });

  it('refuses, before writing anything, a placeholder no column fills, with its line in the YAML', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'thu.yaml': documentYaml((i) => (i.kinh_gui = '{{noi_nhan}}')), 'rows.csv': 'noi\nA\n' });
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'o')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/thu\.yaml:\d+:\d+: lỗi: Chỗ điền \{\{noi_nhan\}\} không có cột nào tên "noi_nhan"/);
    expect(result.stderr).toContain('gợi ý: Các cột có: noi.');
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it('reports a placeholder missing from one JSON row as that row failing', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'thu.yaml': documentYaml((i) => (i.kinh_gui = '{{noi}}')), 'rows.json': '[{"noi": "A"}, {"khac": "B"}]' });
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.json'), '-o', join(dir, 'o'), '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr).items[1]).toMatchObject({ row: 2, status: 'failed', diagnostics: [{ code: 'placeholder-unknown' }] });
  });

  it('asks for quotes around a value that starts with {{', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'thu.yaml': documentYaml().replace(/kinh_gui: .*/, 'kinh_gui: {{noi}}'), 'rows.csv': 'noi\nA\n' });
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'o')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[placeholder-unquoted]');
    expect(result.stderr).toContain('so: "{{so}}"');
  });
});

describe('output names from data', () => {
  const hostile = ['../../escape', '/etc/passwd', '..\\..\\win', 'C:\\x', 'a/../../b', '..', 'CON', 'x\u0000y'];

  it('keeps every name from hostile data inside -o', async () => {
    const dir = tempDir();
    const rows = hostile.map((h, i) => `${i},"${h.replace(/"/g, '""')}"`).join('\n');
    writeFiles(dir, { 'thu.yaml': documentYaml((i) => (i.kinh_gui = 'K {{ten}}')), 'rows.csv': `so,ten\n${rows}\n` });
    const out = join(dir, 'o');
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', out, '--name', '{{so}}{{ten}}']);
    expect(result.code).toBe(0);
    expect(listDir(dir)).toEqual(['o', 'rows.csv', 'thu.yaml']);
    const names = listDir(out);
    expect(names).toHaveLength(hostile.length);
    for (const name of names) {
      expect(name).toMatch(/^[^/\\:*?"<>|\u0000-\u001f]+\.docx$/);
      expect(statSync(join(out, name)).isFile()).toBe(true);
    }
  });

  it('refuses an empty name and names that collide (even by case), before writing anything', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'thu.yaml': documentYaml(), 'empty.csv': 'ten\nA\n..\n', 'same.csv': 'ten\nChi Bộ\nchi bộ\n' });
    const empty = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'empty.csv'), '-o', join(dir, 'o1'), '--name', '{{ten}}']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('[name-empty]');
    const same = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'same.csv'), '-o', join(dir, 'o2'), '--name', '{{ten}}', '--lang', 'en']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('row 1 (line 2) and row 2 (line 3) give the same output file "chi bộ.docx". Nothing was written.');
    expect(existsSync(join(dir, 'o1')) || existsSync(join(dir, 'o2'))).toBe(false);
  });

  it('refuses a --name placeholder that the data lacks', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'thu.yaml': documentYaml(), 'rows.csv': 'ten\nA\n' });
    const result = await runCli(['build', join(dir, 'thu.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'o'), '--name', '{{so}}']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--name dùng {{so}} nhưng hàng 1 (dòng 2) không có cột "so".');
  });
});

describe('usage', () => {
  it('exits 2 for --data without -o, with several inputs, and for --name without --data', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.yaml': documentYaml(), 'rows.csv': 'x\n1\n' });
    const a = join(dir, 'a.yaml');
    const rows = join(dir, 'rows.csv');
    expect((await runCli(['build', a, '--data', rows])).stderr).toContain('--data cần -o <thư mục>');
    expect((await runCli(['build', a, a, '--data', rows, '-o', dir])).code).toBe(2);
    expect((await runCli(['build', a, '--name', '{{x}}', '-o', dir])).code).toBe(2);
    expect((await runCli(['build', a, '--jobs', 'many'])).code).toBe(2);
  });

  it('refuses -o naming a file when there are several outputs', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.yaml': documentYaml(), 'b.yaml': documentYaml(), 'file.docx': 'x' });
    const result = await runCli(['build', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '-o', join(dir, 'file.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o phải là một thư mục');
  });
});
