// Install once, use anywhere (issue 14): `npm pack` gives a package that `npm install -g`
// installs (here under a temporary --prefix, with npm's own cache), whose `congvan` runs from a
// folder outside the repo, builds the same bytes as the repo build, and numbers documents (its
// better-sqlite3 compiled by the install). Slow: the addon compiles from source (~2 min).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/example';
import { ownContent, officeConfig } from '../helpers/office';
import { toYaml } from '../helpers/minimal';

const run = promisify(execFile);
const env = { ...process.env, CONGVAN_LANG: 'vi', SOURCE_DATE_EPOCH: '1704067200', JOBS: 'max' };

describe('npm pack, then npm install -g', () => {
  it('installs a congvan that builds the repo build\'s bytes from any folder, and numbers documents', async () => {
    const work = mkdtempSync(join(tmpdir(), 'congvan-install-'));
    // Packed from a copy (npm pack runs `prepack`, a full build with types), so that the other
    // tests of this run never see the repo's dist/ being rewritten.
    const source = join(work, 'repo');
    cpSync(root, source, { recursive: true, filter: (f) => !/^(node_modules|\.git|dist)(\/|$)/.test(relative(root, f)) });
    symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'));
    const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: source, env, maxBuffer: 64 << 20 });
    // `prepack` may print before the JSON
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const needed of ['bin/congvan.js', 'dist/cli.cjs', manifest.main, manifest.types, 'dist/batch-worker.cjs', 'profiles/hd36-2018.yaml', 'schema/congvan.schema.json', 'README.md']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(src|tests|bench|scripts)\//.test(f) || f === 'dist/cli.cache')).toEqual([]);

    const prefix = join(work, 'prefix');
    const installed = await run('npm', ['install', '-g', '--allow-scripts=better-sqlite3', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, info!.filename)], { cwd: work, env, maxBuffer: 64 << 20 });
    expect(`${installed.stdout}${installed.stderr}`).not.toMatch(/npm warn|EBADENGINE/i);
    const congvan = join(prefix, 'bin', 'congvan');

    // From a folder that has nothing of the repo: the same bytes as the repo's own build.
    const office = join(work, 'van-phong');
    await run('mkdir', ['-p', office]);
    writeFileSync(join(office, 'cong-van.yaml'), readFileSync(join(root, 'examples/cong-van.yaml')));
    await run(congvan, ['build', 'cong-van.yaml', '-o', 'cai-dat.docx'], { cwd: office, env });
    await run(process.execPath, [join(root, 'bin/congvan.js'), 'build', join(root, 'examples/cong-van.yaml'), '-o', join(work, 'repo.docx')], { env });
    expect(readFileSync(join(office, 'cai-dat.docx')).equals(readFileSync(join(work, 'repo.docx')))).toBe(true);

    // The register works in the installed package: init --config, then a numbered build.
    const c = officeConfig();
    await run(congvan, ['init', '--config', '--body', c.co_quan.ten, '--code', c.co_quan.ky_hieu, '--place', c.dia_danh, '--term', c.nhiem_ky.ten, '--term-start', c.nhiem_ky.bat_dau, '--signer-authority', c.ky.quyen_han, '--signer-title', c.ky.chuc_vu, '--signer-name', c.ky.ho_ten, '--recipient', 'Lưu.'], { cwd: office, env });
    writeFileSync(join(office, 'so-1.yaml'), toYaml(ownContent('V/v một', { ngay: '2023-12-01' })));
    const numbered = await run(congvan, ['build', 'so-1.yaml'], { cwd: office, env });
    expect(numbered.stderr).toBe('Đã tạo so-1.docx (số 01-CV/ĐU)\n');
    const version = await run(congvan, ['--version'], { cwd: office, env });
    expect(version.stdout.trim()).toBe(manifest.version);
  }, 1_800_000);
});
