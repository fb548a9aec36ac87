// congvan check on .docx files: the files congvan builds are clean; hand-made and broken
// files are caught by the rule that names the problem, at the paragraph where it is.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkDocx, checkYaml, type FileCheck } from '../../src/check-document';
import { buildDocx } from '../../src/index';
import { convertFiles } from '../../src/pdf/libreoffice';
import { editParagraph, paragraphNumber, replaceInDocument, setText, zipParts, editedDocx, addParagraphAfter } from '../helpers/docx-edit';
import { examplePath, root } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';

const today = '2030-01-01';
const check = (bytes: Uint8Array) => checkDocx(bytes, { file: 'test.docx', today });
const ids = (r: FileCheck) => [...new Set(r.findings.map((f) => f.ruleId))].sort();
const at = (r: FileCheck, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId).map((f) => (f.at && 'paragraph' in f.at ? f.at.paragraph : undefined));

describe('congvan check on the files congvan builds', () => {
  it('finds nothing in a generated công văn, and checks every rule', async () => {
    const result = await check(await buildDocx(toYaml(minimalInput()), { file: 'x.yaml' }));
    expect(result.findings).toEqual([]);
    expect(result.notChecked).toEqual([]);
  });

  it('finds only the mixed tone marks the original 1023-CV/ĐUK has, in the example', async () => {
    const result = await check(await buildDocx(readFileSync(examplePath('cong-van.yaml'), 'utf8'), { file: 'cong-van.yaml' }));
    expect(ids(result)).toEqual(['text-tone-style']);
    expect(result.notChecked).toEqual([]);
  });
});

describe('broken files built from a generated one', () => {
  it('catches a wrong font in every run (docx-font), at the first paragraph', async () => {
    const bytes = await editedDocx((f) => replaceInDocument(f, /Times New Roman/g, 'Arial'));
    const result = await check(bytes);
    expect(ids(result)).toEqual(['docx-font']);
    expect(at(result, 'docx-font')).toEqual([1, 1]);
  });

  it('catches a Calibri body (docx-font) at the first body paragraph, and nothing else', async () => {
    const bytes = await editedDocx((f) => {
      for (const text of ['Thực hiện chỉ đạo của cấp trên.', '1. Quán triệt.', '2. Báo cáo.']) editParagraph(f, text, (p) => p.replace(/Times New Roman/g, 'Calibri'));
    });
    const result = await check(bytes);
    expect(ids(result)).toEqual(['docx-font']);
    expect(at(result, 'docx-font')).toEqual([paragraphNumber(bytes, 'Thực hiện chỉ đạo'), paragraphNumber(bytes, 'Thực hiện chỉ đạo')]);
    expect(result.findings[0]!.args).toMatchObject({ font: 'Calibri', count: 3 });
  });

  it('catches "Số:" (number-no-colon)', async () => {
    const bytes = await editedDocx((f) => setText(f, 'Số 05-CV/ĐU', 'Số: 05-CV/ĐU'));
    const result = await check(bytes);
    expect(ids(result)).toEqual(['number-no-colon']);
    expect(at(result, 'number-no-colon')).toEqual([paragraphNumber(bytes, 'Số: 05')]);
  });

  it('catches the state header (state-motto, header-party-title)', async () => {
    const bytes = await editedDocx((f) => setText(f, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t><w:br/><w:t>Độc lập - Tự do - Hạnh phúc'));
    const result = await check(bytes);
    expect(ids(result)).toEqual(['header-party-title', 'state-motto']);
    expect(at(result, 'state-motto')).toEqual([paragraphNumber(bytes, 'CỘNG HÒA')]);
  });

  it('catches K/T under T/M (signature-kt-collective)', async () => {
    const bytes = await editedDocx((f) => addParagraphAfter(f, 'T/M ĐẢNG ỦY', 'K/T BÍ THƯ'), (d) => (d.ky.chuc_vu = 'PHÓ BÍ THƯ'));
    const result = await check(bytes);
    expect(ids(result)).toEqual(['signature-kt-collective']);
    expect(at(result, 'signature-kt-collective')).toEqual([paragraphNumber(bytes, 'K/T BÍ THƯ')]);
  });
});

/** A công văn typed in Word the state way: tabs for columns, no tables, Calibri, "Số:", TM./KT. */
async function handTyped(): Promise<Uint8Array> {
  const run = (text: string, look: { bold?: boolean; italics?: boolean; size?: number; font?: string } = {}) =>
    new TextRun({ text, font: look.font ?? 'Times New Roman', size: (look.size ?? 13) * 2, bold: look.bold, italics: look.italics });
  const tab = { tabStops: [{ type: TabStopType.CENTER, position: 6500 }] };
  const line = (...runs: TextRun[]) => new Paragraph({ ...tab, children: runs });
  const body = (text: string) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [run(text, { font: 'Calibri', size: 14 })] });
  const doc = new Document({
    sections: [
      {
        children: [
          line(run('ĐẢNG ỦY XÃ QUẢNG PHÚ', { bold: true }), run('\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
          line(run('\tĐộc lập - Tự do - Hạnh phúc', { bold: true })),
          line(run('Số: 12/CV-ĐU'), run('\tQuảng Phú, ngày 5 tháng 3 năm 2024', { italics: true })),
          line(run('V/v triển khai nhiệm vụ', { size: 12 })),
          line(run('Kính gửi: Các chi bộ trực thuộc.', { size: 14 })),
          body('Thực hiện chỉ đạo của cấp trên, Đảng ủy đề nghị:'),
          body('1. Quán triệt nội dung đến đảng viên.'),
          body('2. Báo cáo kết quả trước ngày 25./.'),
          line(run('Nơi nhận:', { bold: true, italics: true, size: 12 }), run('\tTM. ĐẢNG ỦY', { bold: true })),
          line(run('- Như trên;', { size: 11 }), run('\tKT. BÍ THƯ', { bold: true })),
          line(run('- Lưu: VT.', { size: 11 }), run('\tPHÓ BÍ THƯ', { bold: true })),
          line(run('\tLê Văn Minh', { bold: true })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a công văn typed by hand in the state format', () => {
  it('recognises its parts and reports each state-format habit with the rule that names it', async () => {
    const bytes = await handTyped();
    const result = await check(bytes);
    const p = (text: string) => paragraphNumber(bytes, text);
    expect(at(result, 'state-motto')).toEqual([p('CỘNG HÒA'), p('Độc lập')]);
    expect(at(result, 'number-no-colon')).toEqual([p('Số: 12')]);
    expect(at(result, 'number-separators')).toEqual([p('Số: 12')]);
    expect(at(result, 'date-padding')).toEqual([p('ngày 5 tháng 3')]);
    expect(at(result, 'state-signature-prefix')).toEqual([p('TM. ĐẢNG ỦY'), p('KT. BÍ THƯ')]);
    expect(at(result, 'signature-kt-collective')).toEqual([p('KT. BÍ THƯ')]);
    expect(at(result, 'noi-nhan-comma')).toEqual([p('- Như trên;')]);
    expect(at(result, 'state-luu')).toEqual([p('- Lưu: VT.'), p('- Lưu: VT.')]);
    expect(at(result, 'state-ending')).toEqual([p('2. Báo cáo')]);
    expect(at(result, 'docx-header-table')).toEqual([p('Số: 12')]);
    expect(ids(result)).toEqual(expect.arrayContaining(['header-party-title', 'header-star', 'docx-font', 'docx-page-setup', 'docx-page-number', 'docx-body-spacing', 'format-size']));
    // The parts it could not judge are said to be so, never passed.
    expect(result.notChecked).toEqual([]);
  });
});

describe('files that are not Word documents', () => {
  it('says so (InputError, docx-read) for bytes that are not a zip', async () => {
    await expect(check(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({ diagnostics: [{ code: 'docx-read' }] });
  });

  it('says so for a zip without word/document.xml', async () => {
    await expect(check(zipParts(new Map([['hello.txt', 'hi']])))).rejects.toMatchObject({ diagnostics: [{ code: 'docx-read' }] });
  });
});

describe('every example', () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('%s: its YAML and the .docx built from it are clean, and every rule was evaluated on the .docx', async (name) => {
    const text = readFileSync(examplePath(name), 'utf8');
    const yaml = checkYaml(text, { file: name, today });
    expect(yaml.findings).toEqual([]);
    const docx = await check(await buildDocx(text, { file: name }));
    // The reference dispatch mixes "uỷ/ủy" as the original does; its YAML says so and turns the rule off.
    expect(ids(docx)).toEqual(name === 'cong-van.yaml' ? ['text-tone-style'] : []);
    expect(docx.notChecked).toEqual([]);
  });
});

describe('a file saved again by an office suite', () => {
  it('is still recognised and clean after LibreOffice rewrites it (its own styles, table and section XML)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-lo-'));
    const names = ['nghi-quyet', 'cong-van'];
    const inputs = await Promise.all(
      names.map(async (name) => {
        const path = join(dir, `${name}.docx`);
        writeFileSync(path, await buildDocx(readFileSync(examplePath(`${name}.yaml`), 'utf8'), { file: name }));
        return path;
      }),
    );
    const saved = await convertFiles(inputs, join(dir, 'saved'), 'docx:MS Word 2007 XML', 'docx');
    const [resolution, dispatch] = await Promise.all(saved.map((path) => check(readFileSync(path))));
    expect(resolution!.findings).toEqual([]);
    expect(resolution!.notChecked).toEqual([]);
    expect(ids(dispatch!)).toEqual(['text-tone-style']);
  }, 180_000);
});
