// congvan init --config: writes a congvan.config.yaml from flags (no prompts without a
// terminal) that the next build uses; never overwrites one without --force.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initConfigCommand } from '../../src/cli/commands/init-config';
import { runCli } from '../helpers/cli';
import { inspect } from '../helpers/example';
import { toYaml } from '../helpers/minimal';
import { ownContent } from '../helpers/office';

const flags = [
  '--superior', 'ĐẢNG BỘ TỈNH THANH HÓA',
  '--body', 'ĐẢNG ỦY KHỐI CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH',
  '--code', 'ĐUK',
  '--place', 'Thanh Hoá',
  '--term', '2020-2025',
  '--term-start', '15/10/2020',
  '--signer-authority', 'T/M BAN THƯỜNG VỤ',
  '--signer-title', 'PHÓ BÍ THƯ',
  '--signer-name', 'Đỗ Hồng Quang',
  '--recipient', 'Như trên,', 'Lưu VP.',
];

describe('congvan init --config', () => {
  it('writes the config from flags, and a document then needs only its own content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-init-'));
    const result = await runCli(['init', '--config', '--dir', dir, ...flags]);
    expect(result).toMatchObject({ code: 0, stderr: `Đã tạo ${join(dir, 'congvan.config.yaml')}\n` });
    expect(statSync(join(dir, 'so-van-ban-di.sqlite')).size).toBeGreaterThan(0); // and the register, on purpose
    expect(parse(readFileSync(join(dir, 'congvan.config.yaml'), 'utf8'))).toEqual({
      co_quan: { cap_tren: 'ĐẢNG BỘ TỈNH THANH HÓA', ten: ['ĐẢNG ỦY KHỐI CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH'], ky_hieu: 'ĐUK' },
      dia_danh: 'Thanh Hoá',
      nhiem_ky: { ten: '2020-2025', bat_dau: '15/10/2020' },
      ky: { quyen_han: 'T/M BAN THƯỜNG VỤ', chuc_vu: 'PHÓ BÍ THƯ', ho_ten: 'Đỗ Hồng Quang' },
      noi_nhan: ['Như trên,', 'Lưu VP.'],
    });

    const input = join(dir, 'cv.yaml');
    writeFileSync(input, toYaml(ownContent('V/v họp')));
    const built = await runCli(['build', input]);
    expect(built.stderr).toContain('(số 01-CV/ĐUK)');
    const docx = inspect(readFileSync(join(dir, 'cv.docx')));
    expect(docx.paragraphsWithText('Đỗ Hồng Quang')).toHaveLength(1);
    expect(docx.paragraphsWithText('VÀ DOANH NGHIỆP TỈNH')).toHaveLength(1);
  });

  it('does not overwrite a config without --force, and says what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-init-'));
    expect((await runCli(['init', '--config', '--dir', dir, ...flags])).code).toBe(0);
    const again = await runCli(['init', '--config', '--dir', dir, '--body', 'CHI BỘ', '--code', 'CB']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('congvan.config.yaml; không ghi đè.');
    expect((await runCli(['init', '--config', '--dir', dir, '--force', '--body', 'CHI BỘ', '--code', 'CB'])).code).toBe(0);
    expect(parse(readFileSync(join(dir, 'congvan.config.yaml'), 'utf8')).co_quan).toEqual({ ten: 'CHI BỘ', ky_hieu: 'CB' });

    const empty = mkdtempSync(join(tmpdir(), 'congvan-init-'));
    const missing = await runCli(['init', '--config', '--dir', empty, '--body', 'CHI BỘ']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Thiếu --code.');
  });

  it('checks the values before writing: a bad code is reported, and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-init-'));
    const result = await runCli(['init', '--config', '--dir', dir, '--body', 'CHI BỘ', '--code', 'C B']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"co_quan.ky_hieu" = "C B" không phải chữ viết tắt hợp lệ.');
    expect(() => readFileSync(join(dir, 'congvan.config.yaml'))).toThrow();
  });

  it('asks for what the flags leave out when run on a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-init-'));
    // Answers, in the order asked: cấp trên, tên (lines split at |), ký hiệu, then blanks.
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    const asked: string[] = [];
    stderr.on('data', (c: Buffer) => asked.push(c.toString()));
    const answers = ['ĐẢNG BỘ HUYỆN', 'ĐẢNG ỦY XÃ | QUẢNG PHÚ', 'ĐU', '', '', '', '', '', ''];
    stdin.write(`${answers.join('\n')}\n`);
    const io = { argv: [], env: {}, stdin, stdout: new PassThrough(), stderr };
    const path = await initConfigCommand(io, { dir, place: 'Quảng Phú' }, 'vi', new Map());
    expect(parse(readFileSync(path, 'utf8'))).toEqual({
      co_quan: { cap_tren: 'ĐẢNG BỘ HUYỆN', ten: ['ĐẢNG ỦY XÃ', 'QUẢNG PHÚ'], ky_hieu: 'ĐU' },
      dia_danh: 'Quảng Phú',
    });
    expect(asked.join('')).toContain('Ký hiệu cơ quan, ví dụ ĐUK: ');
    expect(asked.join('')).not.toContain('Địa danh'); // given as a flag
  });
});
