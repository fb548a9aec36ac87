// A batch applies congvan.config.yaml like a single build: each input takes the config nearest
// above it (or --config), in this thread and in worker threads alike.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { inspect } from '../helpers/example';
import { paragraphText } from '../helpers/ooxml';

const CONFIG = `co_quan: { cap_tren: ĐẢNG BỘ TỈNH THANH HÓA, ten: ĐẢNG ỦY XÃ QUẢNG PHÚ, ky_hieu: ĐU }
dia_danh: Quảng Phú
ky: { quyen_han: T/M ĐẢNG ỦY, chuc_vu: BÍ THƯ, ho_ten: Lê Văn Minh }
noi_nhan: [Lưu Văn phòng Đảng ủy]
`;

/** A document that relies on the config for its issuing body, place, signer and nơi nhận. */
const doc = (so: string) => `loai: thong-bao
so_ky_hieu: { so: "${so}" }
ngay: 2024-03-01
trich_yeu: về lịch họp
noi_dung: [Ban Thường vụ họp ngày 05/3/2024.]
`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-batch-config-'));
  writeFileSync(join(dir, 'congvan.config.yaml'), CONFIG);
  mkdirSync(join(dir, 'vb'));
  return dir;
}

const texts = (file: string) => inspect(readFileSync(file));

describe('batch with an organisation profile', () => {
  it.each([['in this thread', '0'], ['on worker threads', '2']])('fills every file from the nearest config (%s)', async (_, jobs) => {
    const dir = folder();
    writeFileSync(join(dir, 'vb', 'a.yaml'), doc('01'));
    writeFileSync(join(dir, 'vb', 'b.yaml'), doc('02'));
    const result = await runCli(['build', join(dir, 'vb', 'a.yaml'), join(dir, 'vb', 'b.yaml'), '-o', join(dir, 'out'), '-j', jobs, '-q']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const [name, so] of [['a', '01'], ['b', '02']]) {
      const built = texts(join(dir, 'out', `${name}.docx`));
      expect(built.paragraphsWithText('ĐẢNG ỦY XÃ QUẢNG PHÚ')).toHaveLength(1);
      expect(built.paragraphsWithText(`Số ${so}-TB/ĐU`)).toHaveLength(1);
      expect(built.paragraphsWithText('Lê Văn Minh').map(paragraphText)).toEqual(['Lê Văn Minh']);
    }
  });

  it('fills a mail merge from the config beside its document', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'vb', 'tb.yaml'), doc('{{so}}'));
    writeFileSync(join(dir, 'rows.csv'), 'so\n11\n12\n');
    const result = await runCli(['build', join(dir, 'vb', 'tb.yaml'), '--data', join(dir, 'rows.csv'), '-o', join(dir, 'out'), '--name', '{{so}}.docx', '-q']);
    expect(result.code).toBe(0);
    for (const so of ['11', '12']) {
      const built = texts(join(dir, 'out', `${so}.docx`));
      expect(built.paragraphsWithText(`Số ${so}-TB/ĐU`)).toHaveLength(1);
      expect(built.paragraphsWithText('Quảng Phú, ngày 01 tháng 3 năm 2024')).toHaveLength(1);
    }
  });
});
