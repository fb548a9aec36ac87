// check --render on real LibreOffice renders: each finding fires on a fixture made to have it,
// the stress documents break their long names cleanly, and the committed font metrics predict
// where LibreOffice wraps a line. One soffice call for all of it (every example's own render is
// judged in tests/examples/all-examples.test.ts, on the render that test already makes).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readDocx } from '../../src/core/check/docx/read-docx';
import { analysePages, type PrintedPage } from '../../src/core/check/render/analyse-pages';
import { parseBboxLayout } from '../../src/core/check/render/parse-bbox';
import { measurerFor } from '../../src/core/layout/measure';
import type { Finding } from '../../src/core/check/types';
import { buildDocx, loadProfile } from '../../src/index';
import { convertToPdf } from '../../src/pdf/libreoffice';
import { runCli } from '../helpers/cli';
import { editedDocx, replaceInDocument } from '../helpers/docx-edit';
import { root } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';

const dir = mkdtempSync(join(tmpdir(), 'congvan-check-render-'));
const profile = loadProfile();
// The same profile without line breaking: LibreOffice wraps the centred fields by itself.
const noLayoutPath = join(dir, 'no-layout.yaml');
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

const examples = readdirSync(join(root, 'examples')).filter((f) => f.startsWith('ten-dai-') && f.endsWith('.yaml')).sort();
const docs: Record<string, { bytes: Uint8Array; profile: typeof profile }> = {};
const printed: Record<string, PrintedPage[]> = {};
const findings = (name: string): Finding[] => analysePages(printed[name]!, readDocx(docs[name]!.bytes, docs[name]!.profile), docs[name]!.profile);
const ruleIds = (name: string) => [...new Set(findings(name).map((f) => f.ruleId))].sort();

/** Lines a header column would hold, filled greedily with the committed metrics (as a word processor does). */
function greedyLines(text: string, style: 'regular' | 'bold' | 'italic', sizePt: number, columnMm: number): string[] {
  const measure = measurerFor('Times New Roman')!;
  const width = (columnMm * 72) / 25.4;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const line = lines.at(-1);
    if (line !== undefined && measure(`${line} ${word}`, style, sizePt) <= width) lines[lines.length - 1] = `${line} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// Lengths around the 80 mm column's edge: the last word fits by a few points, or misses by a few.
const METRIC_LINES = [
  'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH THỪA THIÊN HUẾ',
  'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH',
  'ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  'BAN THƯỜNG VỤ TỈNH ỦY BÀ RỊA - VŨNG TÀU',
  'ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH QUẢNG NINH',
  'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN TỈNH',
  'CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN',
  'ỦY BAN KIỂM TRA ĐẢNG ỦY KHỐI CƠ QUAN TỈNH',
];

beforeAll(async () => {
  const raw = parse(readFileSync(join(root, 'profiles/hd36-2018.yaml'), 'utf8'));
  delete raw.line_breaking;
  writeFileSync(noLayoutPath, stringify(raw));
  const noLayout = loadProfile(noLayoutPath);

  for (const name of examples) docs[name] = { bytes: await buildDocx(readFileSync(join(root, 'examples', name), 'utf8'), { file: name }), profile };

  const hcm = minimalInput();
  Object.assign(hcm, { co_quan: { cap_tren: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', ten: 'ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO', ky_hieu: 'ĐU' }, dia_danh: 'Thành phố Hồ Chí Minh', ngay: '2023-12-28' });
  docs['hcm-laid-out'] = { bytes: await buildDocx(toYaml(hcm)), profile };
  docs['hcm-natural'] = { bytes: await buildDocx(toYaml(hcm), { profile: noLayoutPath }), profile: noLayout };

  const units = minimalInput();
  units.trich_yeu = ['V/v sơ kết nhiệm vụ chính trị 6', 'tháng đầu năm 2022'];
  docs['units'] = { bytes: await buildDocx(toYaml(units)), profile };

  const metrics = minimalInput();
  metrics.co_quan.cap_tren = METRIC_LINES;
  metrics.co_quan.ten = METRIC_LINES;
  docs['metrics'] = { bytes: await buildDocx(toYaml(metrics), { profile: noLayoutPath }), profile: noLayout };

  // A page break before the signature table: the signature alone on page 2, page 1 mostly blank.
  docs['signature-alone'] = { bytes: await editedDocx((f) => replaceInDocument(f, /<w:tbl>(?![\s\S]*<w:tbl>)/, `${PAGE_BREAK}<w:tbl>`)), profile };
  // A page break at the very end, then the empty paragraph Word leaves after it: an empty last page.
  docs['empty-last'] = { bytes: await editedDocx((f) => replaceInDocument(f, /<w:sectPr(?![\s\S]*<w:sectPr)/, `${PAGE_BREAK}<w:p/><w:sectPr`)), profile };
  // A page break after the first point: page 1 is more than half blank, page 2 goes on with the text.
  docs['half-blank'] = {
    bytes: await editedDocx(
      (f) => replaceInDocument(f, /(<w:p>(?:(?!<w:p>)[\s\S])*?2\. Báo cáo)/, `${PAGE_BREAK}$1`),
      (d) => (d.noi_dung.cac_diem = ['1. Quán triệt.', '2. Báo cáo.', ...Array.from({ length: 6 }, (_, i) => `${i + 3}. Tổ chức thực hiện nhiệm vụ được giao, báo cáo kết quả về Văn phòng Đảng ủy đúng thời hạn quy định.`)]),
    ),
    profile,
  };

  const names = Object.keys(docs);
  const files = names.map((name, i) => {
    const path = join(dir, `${i}.docx`);
    writeFileSync(path, docs[name]!.bytes);
    return path;
  });
  const pdfs = await convertToPdf(files, dir, 600_000);
  names.forEach((name, i) => (printed[name] = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdfs[i]!, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }))));
}, 900_000);

describe('check --render on LibreOffice renders', () => {
  it.each(examples)('stress document %s prints with no layout finding', (name) => {
    expect(findings(name)).toEqual([]);
  });

  it('the stress set has the longest names and places, each broken cleanly', () => {
    const lines = (name: string) => printed[name]!.flatMap((p) => p.lines.map((l) => l.text));
    expect(lines('ten-dai-tp-hcm.yaml')).toEqual(expect.arrayContaining(['THÀNH PHỐ HỒ CHÍ MINH', 'GIÁO DỤC VÀ ĐÀO TẠO', 'Thành phố Hồ Chí Minh,', 'ngày 28 tháng 12 năm 2023']));
    expect(lines('ten-dai-hue.yaml')).toEqual(expect.arrayContaining(['Thừa Thiên Huế,', 'ngày 23 tháng 11 năm 2022']));
    expect(lines('ten-dai-vung-tau.yaml')).toEqual(expect.arrayContaining(['BÀ RỊA - VŨNG TÀU', 'Bà Rịa - Vũng Tàu,']));
  });

  it('without the layout step, LibreOffice breaks the date, the names and leaves lone words, and each is found', () => {
    expect(ruleIds('hcm-natural')).toEqual(['render-date-split', 'render-lone-word', 'render-name-split']);
    const messages = findings('hcm-natural').map((f) => `${f.ruleId} ${JSON.stringify(f.args)}`).join('\n');
    expect(messages).toContain('"name":"THÀNH PHỐ HỒ CHÍ MINH"');
    expect(messages).toContain('"word":"MINH"');
    expect(messages).toContain('"word":"TẠO"');
    expect(findings('hcm-natural').every((f) => f.args.page === 1)).toBe(true);
    expect(findings('hcm-laid-out')).toEqual([]);
  });

  it('finds a number separated from its unit', () => {
    expect(ruleIds('units')).toEqual(['render-number-unit']);
    expect(findings('units')[0]!.args.pair).toBe('6 tháng');
  });

  it('finds the signature block alone at the top of a page', () => {
    expect(ruleIds('signature-alone')).toContain('render-signature-alone');
    expect(findings('signature-alone').find((f) => f.ruleId === 'render-signature-alone')!.args.page).toBe(2);
  });

  it('finds an empty last page', () => {
    expect(ruleIds('empty-last')).toEqual(['render-empty-page']);
    expect(findings('empty-last')[0]!.args.page).toBe(printed['empty-last']!.length);
  });

  it('finds a page more than half blank before a page break', () => {
    expect(ruleIds('half-blank')).toEqual(['render-half-blank']);
    expect(findings('half-blank')[0]!.args.page).toBe(1);
    expect(Number(findings('half-blank')[0]!.args.blank)).toBeGreaterThan(50);
  });

  it('the committed metrics predict where LibreOffice wraps each header line', () => {
    const printedLines = printed['metrics']![0]!.lines.map((l) => l.text);
    for (const text of METRIC_LINES) {
      for (const [style, sizePt] of [['regular', 14], ['bold', 14]] as const) {
        const expected = greedyLines(text, style, sizePt, 80);
        const at = printedLines.findIndex((l, i) => l === expected[0] && printedLines.slice(i, i + expected.length).join(' ') === text);
        expect(at, `${style}: ${expected.join(' / ')} in ${printedLines.join(' / ')}`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('congvan check --render', () => {
  it('reports layout findings with their page, in JSON and stylish, with the exit code of the other rules', async () => {
    const units = minimalInput();
    units.trich_yeu = ['V/v sơ kết nhiệm vụ chính trị 6', 'tháng đầu năm 2022'];
    const bad = join(dir, 'units.yaml');
    writeFileSync(bad, toYaml(units));
    const good = join(root, 'examples', 'ten-dai-tp-hcm.yaml');
    const json = await runCli(['check', '--render', '--format', 'json', '--lang', 'en', good, bad]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout.toString('utf8'));
    const byFile = (file: string) => report.files.find((f: { file: string }) => f.file === file);
    expect(byFile(good).findings).toEqual([]);
    expect(byFile(bad).findings).toEqual([
      expect.objectContaining({ ruleId: 'render-number-unit', code: 'CV953', severity: 'error', message: 'Page 1: "6 tháng" is split across lines: «V/v sơ kết nhiệm vụ chính trị 6 / tháng đầu năm 2022».' }),
    ]);
    // without --render the same file is clean: the finding comes from the printed page
    expect((await runCli(['check', bad])).code).toBe(0);
  }, 300_000);

  it('without LibreOffice: a clear message with the install command, exit 2', () => {
    const noSoffice = { PATH: mkdtempSync(join(tmpdir(), 'congvan-nopath-')), CONGVAN_SOFFICE: join(dir, 'no-such-soffice') };
    const r = spawnSync(process.execPath, [join(root, 'bin/congvan.js'), 'check', '--render', join(root, 'examples', 'cong-van.yaml')], { env: noSoffice, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy LibreOffice (soffice), cần cho việc in thử');
    expect(r.stderr).toContain('apt-get install -y libreoffice-writer-nogui');
    expect(r.stdout).toBe('');
  });
});
