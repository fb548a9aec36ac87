// congvan init writes a commented starter that builds and checks clean, with the schema line;
// congvan schema prints the JSON Schema; every example carries the schema line.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/cli';
import { examplePath, root } from '../helpers/example';
import { DOC_TYPES } from '../../src/core/model/input';

const env = { SOURCE_DATE_EPOCH: '1893456000' };
const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\n/;

describe('congvan init', () => {
  it('writes <type>.yaml with a schema line that points at the shipped schema', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'congvan-init-')), 'cv.yaml');
    const r = await runCli(['init', 'cong-van', '-o', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const ref = SCHEMA_LINE.exec(text)?.[1];
    expect(resolve(dirname(out), ref!)).toBe(join(root, 'schema/congvan.schema.json'));
    // the command it names is the one that works once congvan is installed (npm install -g)
    expect(text.split('\n')[2]).toBe('# Dựng:  congvan build cong-van.yaml      Kiểm tra:  congvan check cong-van.yaml');
    // every key of the starter is explained by a comment on its line
    for (const line of text.split('\n').filter((l) => /^\s*[a-z_]+:/.test(l))) expect(line).toMatch(/#|:\s*$/);
  });

  it('writes a starter that builds, and that congvan check finds clean', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'congvan-init-')), 'cv.yaml');
    await runCli(['init', '-o', out]);
    expect((await runCli(['check', out, '--strict'], { env })).code).toBe(0);
    expect((await runCli(['build', out, '-q', '--strict'], { env })).code).toBe(0);
    expect((await runCli(['check', out.replace(/\.yaml$/, '.docx'), '--strict'], { env })).code).toBe(0);
  });

  it.each(DOC_TYPES.filter((t) => t !== 'cong-van'))('writes a starter for %s that builds and checks clean', async (type) => {
    const out = join(mkdtempSync(join(tmpdir(), 'congvan-init-')), `${type}.yaml`);
    expect((await runCli(['init', type, '-o', out])).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`loai: ${type} `);
    expect(text).not.toContain('{{');
    expect((await runCli(['check', out, '--strict'], { env })).code).toBe(0);
    expect((await runCli(['build', out, '-q', '--strict'], { env })).code).toBe(0);
    expect((await runCli(['check', out.replace(/\.yaml$/, '.docx'), '--strict'], { env })).code).toBe(0);
  });

  it('shows a biên bản its two signers and a quyết định its căn cứ and Điều blocks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-init-'));
    const parse = async (type: string) => {
      const out = join(dir, `${type}.yaml`);
      expect((await runCli(['init', type, '-o', out])).code).toBe(0);
      return parseYaml(readFileSync(out, 'utf8'));
    };
    const bienBan = await parse('bien-ban');
    expect(bienBan.ky).toHaveLength(2);
    expect(bienBan.ky.map((k: { quyen_han: string }) => k.quyen_han)).toEqual(['NGƯỜI GHI BIÊN BẢN', 'CHỦ TRÌ HỘI NGHỊ']);
    const quyetDinh = await parse('quyet-dinh');
    expect(quyetDinh.can_cu.length).toBeGreaterThanOrEqual(2);
    expect(quyetDinh.cau_ban_hanh).toMatch(/QUYẾT ĐỊNH:$/);
    expect(quyetDinh.noi_dung.filter((b: { dieu?: string }) => b.dieu).map((b: { dieu: string }) => b.dieu.split('.')[0])).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
  });

  it('never overwrites a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'congvan-init-')), 'cv.yaml');
    writeFileSync(out, 'mine');
    const r = await runCli(['init', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đã có; không ghi đè');
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });

  it('prints to stdout with -o -, and refuses an unknown type with the list', async () => {
    const r = await runCli(['init', 'cong-van', '-o', '-']);
    expect(r.stdout.toString()).toMatch(SCHEMA_LINE);
    const bad = await runCli(['init', 'thu-tinh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nghi-quyet');
    expect(existsSync('thu-tinh.yaml')).toBe(false);
  });
});

describe('congvan schema', () => {
  it('prints the shipped JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString())).toEqual(JSON.parse(readFileSync(join(root, 'schema/congvan.schema.json'), 'utf8')));
  });
});

describe('examples', () => {
  it.each(readdirSync(join(root, 'examples')).filter((f) => /\.ya?ml$/.test(f)))('%s starts with the schema line', (name) => {
    const ref = SCHEMA_LINE.exec(readFileSync(examplePath(name), 'utf8'))?.[1];
    expect(ref).toBeDefined();
    expect(existsSync(resolve(dirname(examplePath(name)), ref!))).toBe(true);
  });
});
