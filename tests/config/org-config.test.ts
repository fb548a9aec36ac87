// congvan.config.yaml: found from the input's folder upwards (or --config), its defaults fill
// what a document leaves out, the document's own fields win, and the file is checked with
// file:line:col messages of its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfig } from '../../src/core/config/apply-config';
import { parseYamlMapping } from '../../src/core/load/parse-yaml';
import { validateInput } from '../../src/core/load/validate-input';
import { runCli } from '../helpers/cli';
import { inspect, root } from '../helpers/example';
import { toYaml } from '../helpers/minimal';
import { first } from '../helpers/ooxml';
import { makeOffice, officeConfig, ownContent } from '../helpers/office';

const numbered = (subject: string, extra: Record<string, unknown> = {}) => ownContent(subject, { so_ky_hieu: { so: '05' }, ...extra });
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

async function build(path: string, ...args: string[]) {
  const out = `${path}.docx`;
  const result = await runCli(['build', path, '-o', out, ...args]);
  return { ...result, docx: result.code === 0 ? inspect(readFileSync(out)) : undefined };
}

describe('organisation profile (congvan.config.yaml)', () => {
  it('is found in a parent folder and fills the issuing body, place, signer and recipients', async () => {
    const office = makeOffice();
    const input = office.write('2024/thang-3/cv.yaml', numbered('V/v họp chi bộ'));
    const { code, stderr, docx } = await build(input);
    expect(stderr).not.toContain('lỗi');
    expect(code).toBe(0);
    for (const text of ['ĐẢNG BỘ TỈNH THANH HÓA', 'ĐẢNG ỦY XÃ QUẢNG PHÚ', 'Số 05-CV/ĐU', 'Quảng Phú, ngày 05 tháng 3 năm 2024', 'Lê Văn Minh', 'Lưu Văn phòng.']) {
      expect(docx!.paragraphsWithText(text), text).not.toHaveLength(0);
    }
  });

  it("lets the document's own fields win over the defaults", async () => {
    const office = makeOffice();
    const own = {
      co_quan: { ten: 'CHI BỘ TRƯỜNG TIỂU HỌC', ky_hieu: 'CB' },
      dia_danh: 'Hoằng Hóa',
      ky: { chuc_vu: 'BÍ THƯ CHI BỘ', ho_ten: 'Trần Thị Lan' },
      noi_nhan: ['Đảng ủy xã (b/c),', 'Lưu chi bộ.'],
    };
    const { docx } = await build(office.write('cv.yaml', numbered('V/v sinh hoạt', own)));
    for (const text of ['CHI BỘ TRƯỜNG TIỂU HỌC', 'Số 05-CV/CB', 'Hoằng Hóa, ngày', 'Trần Thị Lan', 'Lưu chi bộ.']) {
      expect(docx!.paragraphsWithText(text), text).not.toHaveLength(0);
    }
    for (const text of ['ĐẢNG ỦY XÃ QUẢNG PHÚ', 'ĐẢNG BỘ TỈNH THANH HÓA', 'Quảng Phú', 'Lê Văn Minh', 'Lưu Văn phòng.']) {
      expect(docx!.paragraphsWithText(text), text).toHaveLength(0);
    }
  });

  it('is taken from --config when given, and is not used when there is none', async () => {
    const office = makeOffice();
    const elsewhere = makeOffice({ ...officeConfig(), dia_danh: 'Sầm Sơn' });
    const input = office.write('cv.yaml', numbered('V/v họp'));
    const { docx } = await build(input, '--config', elsewhere.config);
    expect(docx!.paragraphsWithText('Sầm Sơn, ngày')).toHaveLength(1);

    const lone = makeOffice({});
    const bare = lone.write('sub/cv.yaml', numbered('V/v họp'));
    writeFileSync(lone.config, '# trống\n{}\n');
    const result = await build(bare);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Thiếu trường bắt buộc "co_quan"');
    expect(result.stderr).toContain('Thiếu trường bắt buộc "ky"');
  });

  it('still reports a field that neither the document nor the config gives, at the document', async () => {
    const { ky: _ky, ...withoutSigner } = officeConfig();
    const office = makeOffice(withoutSigner);
    const { code, stderr } = await build(office.write('cv.yaml', numbered('V/v họp')));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cv\.yaml:1:1: lỗi: Thiếu trường bắt buộc "ky" \(thể thức đề ký\)/);
  });

  it('picks a named signer with ky: <name>, and lists the names when it is unknown', async () => {
    const office = makeOffice({ ...officeConfig(), nguoi_ky: { 'pho-bi-thu': { quyen_han: 'T/M ĐẢNG ỦY', chuc_vu: 'PHÓ BÍ THƯ', ho_ten: 'Nguyễn Văn Hùng' } } });
    const { docx } = await build(office.write('cv.yaml', numbered('V/v họp', { ky: 'pho-bi-thu' })));
    expect(docx!.paragraphsWithText('Nguyễn Văn Hùng')).toHaveLength(1);
    expect(docx!.paragraphsWithText('PHÓ BÍ THƯ')).toHaveLength(1);

    const yaml = toYaml(numbered('V/v họp', { ky: 'bi-thu' }));
    const { code, stderr } = await build(office.write('sai.yaml', yaml));
    expect(code).toBe(2);
    expect(stderr).toContain(`sai.yaml:${lineOf(yaml, 'ky:')}:5: lỗi: Không có người ký "bi-thu"`);
    expect(stderr).toContain('Người ký đã khai báo: pho-bi-thu.');
  });

  it('replaces the profile type code with the office one (ky_hieu_loai)', async () => {
    const office = makeOffice({ ...officeConfig(), ky_hieu_loai: { 'cong-van': 'CVi' } });
    const { docx } = await build(office.write('cv.yaml', numbered('V/v họp')));
    expect(docx!.paragraphsWithText('Số 05-CVi/ĐU')).toHaveLength(1);
  });

  it('uses the format profile it names (ho_so), a path relative to the config file', async () => {
    const office = makeOffice({ ...officeConfig(), ho_so: './ho-so-rieng.yaml' });
    const profile = readFileSync(join(root, 'profiles/hd36-2018.yaml'), 'utf8').replace('left: 30,', 'left: 25,');
    writeFileSync(join(office.dir, 'ho-so-rieng.yaml'), profile);
    const { docx } = await build(office.write('cv.yaml', numbered('V/v họp')));
    const pgMar = first(docx!.document, 'w:pgMar')!;
    expect(Number(pgMar.attrs['w:left'])).toBe(Math.round((25 / 25.4) * 1440));
  });

  it('is checked itself: an unknown key gets "did you mean", at its line in the config', async () => {
    const config = toYaml({ ...officeConfig(), dia_dan: 'X' }).replace('dia_danh: Quảng Phú\n', '');
    const office = makeOffice();
    writeFileSync(office.config, config);
    const { code, stderr } = await build(office.write('cv.yaml', numbered('V/v họp')));
    expect(code).toBe(2);
    expect(stderr).toContain(`congvan.config.yaml:${lineOf(config, 'dia_dan:')}:1: lỗi: Khóa "dia_dan" không có trong phần gốc của tệp.`);
    expect(stderr).toContain('Có phải ý bạn là "dia_danh"?');
  });

  it('tolerates a check: section (the format checker reads it) and rejects other unknown sections', async () => {
    const office = makeOffice({ ...officeConfig(), check: { rules: { 'font-size': 'off' } } });
    expect((await build(office.write('cv.yaml', numbered('V/v họp')))).code).toBe(0);
    writeFileSync(office.config, toYaml({ ...officeConfig(), kiem_tra: {} }));
    const { code, stderr } = await build(office.write('cv.yaml', numbered('V/v họp')));
    expect(code).toBe(2);
    expect(stderr).toContain('Khóa "kiem_tra" không có trong phần gốc của tệp.');
  });

  it('reports a bad value in the config at its own line:col', async () => {
    const config = toYaml({ ...officeConfig(), nhiem_ky: { ten: '2020-2025', bat_dau: '31/02/2020' } });
    const office = makeOffice();
    writeFileSync(office.config, config);
    const { code, stderr } = await build(office.write('cv.yaml', numbered('V/v họp')));
    expect(code).toBe(2);
    expect(stderr).toContain(`congvan.config.yaml:${lineOf(config, '  bat_dau:')}:12: lỗi: Ngày "31/02/2020" không tồn tại.`);
  });

  it('reports a problem in a value the config supplied at the config file, not the document', () => {
    // The config is merged before the document schema runs: a rule of the document schema
    // that fails on a default is reported where the default is written.
    const doc = parseYamlMapping(toYaml(numbered('V/v họp')), 'cv.yaml');
    const configText = 'co_quan:\n  ten: ĐẢNG ỦY XÃ\n  ky_hieu: Đ U\n';
    const config = { file: 'congvan.config.yaml', parsed: parseYamlMapping(configText, 'congvan.config.yaml'), typeCodes: {} };
    const { parsed } = applyConfig(doc, 'cv.yaml', config);
    const problems = validateInput(parsed, 'cv.yaml').filter((d) => d.code === 'bad-code');
    expect(problems).toEqual([expect.objectContaining({ file: 'congvan.config.yaml', pos: { line: 3, col: 12 } })]);
  });
});
