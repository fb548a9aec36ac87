// The recogniser reads a .docx as a reader does — by position, structure and style — and
// gives every paragraph a label. On every example it finds the parts the YAML view (the
// model the file was written from) names; it is not fooled by a công văn subject holding a
// date or by "- " body lines after a Kính gửi list; and it reads the same parts in a file
// typed in Word (hand-built OOXML) and in a file LibreOffice saved again.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../src/check-document';
import { readBody } from '../../src/core/check/docx/paragraphs';
import { readPackage } from '../../src/core/check/docx/package';
import { recognise } from '../../src/core/check/docx/recognise';
import { readStyles } from '../../src/core/check/docx/styles';
import { kid } from '../../src/core/check/docx/xml';
import { readDocx } from '../../src/core/check/docx/read-docx';
import { yamlDocument } from '../../src/core/check/yaml-document';
import { loadInputWithSource } from '../../src/core/load/load-input';
import { buildDocx, profileFor, renderModel } from '../../src/index';
import { convertFiles } from '../../src/pdf/libreoffice';
import { zipParts } from '../helpers/docx-edit';
import { examplePath, root } from '../helpers/example';
import { minimalInput, toYaml } from '../helpers/minimal';

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// Paragraphs, numbered points and sub-points look the same on the page (one style): a reader
// tells them apart by their marker only, which the author may put in any of them.
const look = (role: string) => (['point', 'sub-point'].includes(role) ? 'body' : role);

function labelsOf(bytes: Uint8Array) {
  const pkg = readPackage(bytes);
  const body = readBody(kid(kid(pkg.document, 'w:document'), 'w:body'), readStyles(pkg.styles, pkg.theme));
  return { paragraphs: body.paragraphs, ...recognise(body.paragraphs) };
}

/** The parts as "role|text", in document order. */
const docxParts = (bytes: Uint8Array) => readDocx(bytes, profileFor({})).parts.map((p) => `${look(p.role)}|${squash(p.text)}`);

function yamlParts(text: string, file: string): string[] {
  const { input, parsed } = loadInputWithSource(text, file, profileFor({}));
  const doc = yamlDocument({ text, parsed, input, model: renderModel(input), profile: profileFor({}) });
  // "-----" is a line of the template, not a part; appendices and copies have their own frame.
  return doc.parts.filter((p) => !p.section && p.role !== 'separator').map((p) => `${look(p.role)}|${squash(p.text)}`);
}

describe('every example', () => {
  it.each(examples)('%s: every paragraph has a label, and the parts are the ones the model printed', async (name) => {
    const text = readFileSync(examplePath(name), 'utf8');
    const bytes = await buildDocx(text, { file: name });
    const { paragraphs, labels } = labelsOf(bytes);
    expect(new Set(labels.map((l) => l.paragraph))).toEqual(new Set(paragraphs.map((p) => p.index)));
    expect(labels.every((l) => l.role !== '')).toBe(true);
    expect(docxParts(bytes)).toEqual(yamlParts(text, name));
  });
});

describe('what a reader is not fooled by', () => {
  it('a công văn subject holding a date is the subject; the date line is the right column', async () => {
    const bytes = await buildDocx(readFileSync(examplePath('cong-van-kinh-gui.yaml'), 'utf8'), { file: 'x.yaml' });
    const parts = readDocx(bytes, profileFor({})).parts;
    expect(parts.filter((p) => p.role === 'cv-subject').map((p) => squash(p.text))).toEqual(['Thực hiện Kết luận ngày 19 tháng 7 năm 2023 của Ban Thường vụ']);
    expect(parts.filter((p) => p.role === 'place-date').map((p) => p.text)).toEqual(['Thanh Hóa, ngày 02 tháng 8 năm 2023']);
  });

  it('"Kính gửi:" alone on its line takes the "- " lines up to the full stop, not the body\'s "- " lines', async () => {
    const bytes = await buildDocx(readFileSync(examplePath('cong-van-kinh-gui.yaml'), 'utf8'), { file: 'x.yaml' });
    const parts = readDocx(bytes, profileFor({})).parts;
    expect(parts.filter((p) => p.role === 'kinh-gui').map((p) => p.text)).toEqual([
      'Kính gửi:',
      '- Các đảng ủy cơ sở,',
      '- Các chi bộ cơ sở trực thuộc,',
      '- Các ban, cơ quan tham mưu, giúp việc Đảng ủy Khối.',
    ]);
    expect(parts.filter((p) => p.role === 'sub-point').map((p) => p.text)).toEqual([
      '- Nội dung Kết luận và các nhiệm vụ, giải pháp trọng tâm;',
      '- Trách nhiệm của cấp ủy, người đứng đầu trong tổ chức thực hiện.',
    ]);
    const result = await checkDocx(bytes, { file: 'x.docx', today: '2030-01-01' });
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['one addressee on the label line', 'Các chi bộ trực thuộc'],
    ['several addressees beside and under the label', ['Các chi bộ trực thuộc', 'Các đồng chí đảng ủy viên']],
  ])('%s: the body\'s first "- " lines right after the list are body lines', async (_, kinhGui) => {
    const d = minimalInput();
    d.kinh_gui = kinhGui;
    d.noi_dung = ['- Quán triệt nội dung đến đảng viên;', '- Báo cáo kết quả trước ngày 25.'];
    const parts = readDocx(await buildDocx(toYaml(d), { file: 'x.yaml' }), profileFor({})).parts;
    expect(parts.filter((p) => p.role === 'kinh-gui')).toHaveLength(Array.isArray(kinhGui) ? kinhGui.length : 1);
    expect(parts.filter((p) => p.role === 'sub-point').map((p) => p.text)).toEqual(['- Quán triệt nội dung đến đảng viên;', '- Báo cáo kết quả trước ngày 25.']);
  });
});

/** A công văn as Word saves one typed by hand: its own table, styles by hand, no congvan markup. */
function wordMade(): Uint8Array {
  const run = (text: string, rPr = '') => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const p = (text: string, { jc = 'left', rPr = '', ind = '' } = {}) => `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${ind}<w:jc w:val="${jc}"/></w:pPr>${run(text, rPr)}</w:p>`;
  const body = (text: string) => `<w:p><w:pPr><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>${run(text, '<w:sz w:val="28"/>')}</w:p>`;
  const cell = (width: number, content: string) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const noBorders = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
  const table = (left: string, right: string) =>
    `<w:tbl><w:tblPr><w:tblW w:w="9354" w:type="dxa"/>${noBorders}</w:tblPr><w:tblGrid><w:gridCol w:w="4535"/><w:gridCol w:w="4819"/></w:tblGrid><w:tr>${cell(4535, left)}${cell(4819, right)}</w:tr></w:tbl>`;
  const b = '<w:b/><w:sz w:val="28"/>';
  const sz = (n: number) => `<w:sz w:val="${n * 2}"/>`;
  const header = table(
    p('ĐẢNG BỘ TỈNH THANH HÓA', { jc: 'center', rPr: sz(14) }) + p('ĐẢNG ỦY XÃ QUẢNG PHÚ', { jc: 'center', rPr: b }) + p('*', { jc: 'center', rPr: sz(14) }) +
      p('Số 07-CV/ĐU', { jc: 'center', rPr: sz(14) }) + p('Triển khai Kết luận ngày 19 tháng 7 năm 2023', { jc: 'center', rPr: `<w:i/>${sz(12)}` }),
    p('ĐẢNG CỘNG SẢN VIỆT NAM', { jc: 'center', rPr: `<w:b/>${sz(15)}` }) + p('Quảng Phú, ngày 02 tháng 8 năm 2023', { jc: 'center', rPr: `<w:i/>${sz(14)}` }),
  );
  const indent = '<w:ind w:left="3119"/>';
  const kinhGui = [p('Kính gửi:', { rPr: sz(14), ind: indent }), p('- Các chi bộ trực thuộc,', { rPr: sz(14), ind: indent }), p('- Các đồng chí đảng ủy viên.', { rPr: sz(14), ind: indent })].join('');
  const text = [body('Đảng ủy đề nghị các chi bộ thực hiện:'), body('- Quán triệt Kết luận đến đảng viên;'), body('- Báo cáo kết quả trước ngày 30 tháng 9 năm 2023.')].join('');
  const signature = table(
    p('Nơi nhận:', { rPr: `<w:u w:val="single"/>${sz(14)}` }) + p('- Như trên,', { rPr: sz(12) }) + p('- Lưu Văn phòng Đảng ủy.', { rPr: sz(12) }),
    p('T/M ĐẢNG ỦY', { jc: 'center', rPr: b }) + p('BÍ THƯ', { jc: 'center', rPr: sz(14) }) + p('Lê Văn Minh', { jc: 'center', rPr: b }),
  );
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${header}<w:p/>${kinhGui}${text}${signature}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
  return zipParts(
    new Map([
      ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'],
      ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
      ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
      ['word/document.xml', document],
      ['word/styles.xml', styles],
    ]),
  );
}

const expectedWordMade = [
  'superior-body|ĐẢNG BỘ TỈNH THANH HÓA',
  'issuing-body|ĐẢNG ỦY XÃ QUẢNG PHÚ',
  'star|*',
  'number|Số 07-CV/ĐU',
  'cv-subject|Triển khai Kết luận ngày 19 tháng 7 năm 2023',
  'party-title|ĐẢNG CỘNG SẢN VIỆT NAM',
  'place-date|Quảng Phú, ngày 02 tháng 8 năm 2023',
  'kinh-gui|Kính gửi:',
  'kinh-gui|- Các chi bộ trực thuộc,',
  'kinh-gui|- Các đồng chí đảng ủy viên.',
  'body|Đảng ủy đề nghị các chi bộ thực hiện:',
  'body|- Quán triệt Kết luận đến đảng viên;',
  'body|- Báo cáo kết quả trước ngày 30 tháng 9 năm 2023.',
  'noi-nhan-label|Nơi nhận:',
  'noi-nhan|- Như trên,',
  'noi-nhan|- Lưu Văn phòng Đảng ủy.',
  'signer-authority|T/M ĐẢNG ỦY',
  'signer-title|BÍ THƯ',
  'signer-name|Lê Văn Minh',
];

describe('a công văn made in Word (hand-built OOXML)', () => {
  it('labels every paragraph by position and style: subject with a date, label-alone Kính gửi, body "- " lines', () => {
    const bytes = wordMade();
    expect(docxParts(bytes)).toEqual(expectedWordMade);
    expect(labelsOf(bytes).labels.find((l) => l.role === 'blank')).toBeDefined();
  });

  it('has no false alarm about the subject, the date or the Kính gửi list', async () => {
    const result = await checkDocx(wordMade(), { file: 'word.docx', today: '2030-01-01' });
    const ids = result.findings.map((f) => f.ruleId);
    for (const id of ['kinh-gui', 'date-valid', 'date-place', 'date-padding', 'subject-cong-van', 'parts-present']) expect(ids).not.toContain(id);
  });
});

describe('files LibreOffice saved again', () => {
  it('are labelled as the files congvan wrote (new layouts and the Word-made file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-recognise-'));
    const names = ['cong-van-kinh-gui', 'quy-dinh-bo-sung', 'huong-dan-mau', 'quy-dinh'];
    const originals = new Map<string, Uint8Array>();
    for (const name of names) originals.set(name, await buildDocx(readFileSync(examplePath(`${name}.yaml`), 'utf8'), { file: `${name}.yaml` }));
    originals.set('word-made', wordMade());
    const paths = [...originals].map(([name, bytes]) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    const saved = await convertFiles(paths, join(dir, 'saved'), 'docx:MS Word 2007 XML', 'docx');
    expect(saved).toHaveLength(originals.size);
    [...originals.values()].forEach((bytes, i) => expect(docxParts(readFileSync(saved[i]!)), [...originals.keys()][i]).toEqual(docxParts(bytes)));
  }, 180_000);
});
