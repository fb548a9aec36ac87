// Baseline for `npm run bench`: what a script without congvan would do — build each dispatch
// with the `docx` package directly, one Document + Packer.toBuffer per document, sequentially,
// and write it. Same content and, as far as reasonable, the same layout as congvan's output
// (A4, margins 20/20/30/15 mm, Times New Roman 14, header and signature tables, page numbers
// from page 2). The example is parsed once; each row only fills its fields.
// Usage: node bench/baseline-docx.mjs <example.yaml> <rows.csv> <out-dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, convertMillimetersToTwip as mm,
} from 'docx';
import { parse as parseYaml } from 'yaml';

const [example, rowsFile, outDir] = process.argv.slice(2);
const doc = parseYaml(readFileSync(example, 'utf8'));
const rows = parseCsv(readFileSync(rowsFile), { bom: true, columns: true });
mkdirSync(outDir, { recursive: true });

const font = 'Times New Roman';
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const lines = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const run = (text, o = {}) => new TextRun({ text, font, size: (o.size ?? 14) * 2, bold: o.bold, italics: o.italic, underline: o.underline ? {} : undefined });
const centred = (text, o = {}) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, o)] });
const body = (text) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(12.7) }, spacing: { before: 120, line: 340 }, children: [run(text.replace(/\*/g, ''))] });
const cell = (width, children) => new TableCell({ width: { size: mm(width), type: WidthType.DXA }, children });
const table = (left, right) =>
  new Table({ borders: noBorders, columnWidths: [mm(80), mm(85)], rows: [new TableRow({ cantSplit: true, children: [cell(80, left), cell(85, right)] })] });

function build(row) {
  const d = new Date(`${doc.ngay}T00:00:00Z`);
  const header = table(
    [
      ...lines(doc.co_quan.cap_tren).map((t) => centred(t.toUpperCase())),
      ...lines(doc.co_quan.ten).map((t) => centred(t.toUpperCase(), { bold: true })),
      centred('*'),
      centred(`Số ${row.so}-${doc.so_ky_hieu.loai}/${doc.co_quan.ky_hieu}`),
      ...lines(doc.trich_yeu).map((t) => centred(t, { size: 12, italic: true })),
    ],
    [
      centred('ĐẢNG CỘNG SẢN VIỆT NAM', { size: 15, bold: true, underline: true }),
      new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [run(`${doc.dia_danh}, ngày ${d.getUTCDate()} tháng ${d.getUTCMonth() + 1} năm ${d.getUTCFullYear()}`, { italic: true })] }),
    ],
  );
  const points = doc.noi_dung.cac_diem.map((p) => (typeof p === 'string' ? p : p.doan));
  const signature = table(
    [new Paragraph({ children: [run('Nơi nhận:', { underline: true })] }), ...doc.noi_nhan.map((t) => new Paragraph({ children: [run(`- ${t}`, { size: 12 })] }))],
    [centred(doc.ky.quyen_han, { bold: true }), centred(doc.ky.chuc_vu, { bold: true }), new Paragraph({ spacing: { before: 1800 } }), centred(doc.ky.ho_ten, { bold: true })],
  );
  return new Document({
    creator: doc.co_quan.ky_hieu,
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } },
      },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 28 })] })] }) },
      children: [
        header,
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [run(`Kính gửi: ${row.kinh_gui}`)] }),
        ...lines(doc.noi_dung.mo_dau).map(body),
        ...points.map(body),
        ...lines(doc.noi_dung.ket_thuc).map(body),
        signature,
      ],
    }],
  });
}

for (const [i, row] of rows.entries()) {
  writeFileSync(join(outDir, `${i + 1}.docx`), await Packer.toBuffer(build(row)));
}
