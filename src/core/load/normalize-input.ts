// Raw (schema-valid) input → DocumentInput: lists for every text that may have several lines,
// the body as one list of tagged blocks, defaults for every optional field.
import type { BodyBlock, DocumentInput, IssuingBody, Signer } from '../model/input';
import type { Profile } from '../profile/profile';
import type { Lines, RawBlock, RawBody, RawInput, RawIssuer, RawPoint, RawSigner } from './raw-input';

/** `dates` holds the ISO form of `ngay` and of `ban_sao.ngay`, already checked. */
export function normalizeInput(raw: RawInput, dates: { ngay: string; banSao: string }, profile: Profile): DocumentInput {
  const typeCode = raw.so_ky_hieu.loai ?? profile.type_codes[raw.loai] ?? '';
  return {
    loai: raw.loai,
    co_quan: issuer(raw.co_quan),
    so_ky_hieu: { so: raw.so_ky_hieu.so, loai: typeCode, co_quan: raw.co_quan.ky_hieu, don_vi: raw.so_ky_hieu.don_vi ?? null },
    dia_danh: raw.dia_danh.trim(),
    ngay: dates.ngay,
    trich_yeu: lines(raw.trich_yeu),
    ten_loai_kem: raw.ten_loai_kem ? oneLine(raw.ten_loai_kem) : null,
    tieu_de_phu: lines(raw.tieu_de_phu),
    kinh_gui: lines(raw.kinh_gui),
    kinh_gui_xuong_dong: raw.kinh_gui_xuong_dong === true,
    // Months up to this one take a zero: the profile's habit, or every month when the document says so.
    thang_dem_0: raw.ngay_thang_hai_so === true ? 12 : profile.date?.pad_month_until ?? 2,
    can_cu: (raw.can_cu ?? []).map(oneLine).filter(Boolean),
    cau_ban_hanh: raw.cau_ban_hanh ? oneLine(raw.cau_ban_hanh) : null,
    noi_dung: body(raw.noi_dung),
    ky: (Array.isArray(raw.ky) ? raw.ky : [raw.ky]).map(signer),
    noi_nhan: (raw.noi_nhan ?? []).map(oneLine).filter(Boolean),
    mat: raw.mat ?? null,
    khan: raw.khan ?? null,
    pham_vi_luu_hanh: raw.pham_vi_luu_hanh ? oneLine(raw.pham_vi_luu_hanh) : null,
    du_thao: raw.du_thao ? oneLine(raw.du_thao) : null,
    phu_luc: (raw.phu_luc ?? []).map((a) => ({
      tieu_de: lines(a.tieu_de),
      kem_theo: a.kem_theo ? oneLine(a.kem_theo) : null,
      noi_dung: a.noi_dung.map(block),
    })),
    ban_sao: raw.ban_sao
      ? {
          hinh_thuc: raw.ban_sao.hinh_thuc,
          co_quan: issuer(raw.ban_sao.co_quan),
          so_ky_hieu: { so: raw.ban_sao.so, loai: profile.type_codes['ban-sao'] ?? 'BS', co_quan: raw.ban_sao.co_quan.ky_hieu, don_vi: null },
          dia_danh: raw.ban_sao.dia_danh.trim(),
          ngay: dates.banSao,
          ky: [signer(raw.ban_sao.ky)],
          noi_nhan: (raw.ban_sao.noi_nhan ?? []).map(oneLine).filter(Boolean),
        }
      : null,
  };
}

function issuer(raw: RawIssuer): IssuingBody {
  return { cap_tren: lines(raw.cap_tren), ten: lines(raw.ten), ky_hieu: raw.ky_hieu };
}

function signer(raw: RawSigner): Signer {
  return { quyen_han: raw.quyen_han?.trim() || null, chuc_vu: raw.chuc_vu?.trim() || null, ho_ten: raw.ho_ten.trim() };
}

/** Both shapes of the body become one list: the dispatch's three parts, or the author's blocks. */
function body(raw: RawBody): BodyBlock[] {
  if (Array.isArray(raw)) return raw.map(block);
  return [
    ...paragraphs(raw.mo_dau).map((paragraph) => ({ paragraph })),
    ...(raw.cac_diem ?? []).flatMap(point),
    ...paragraphs(raw.ket_thuc).map((paragraph) => ({ paragraph })),
  ];
}

function point(raw: RawPoint): BodyBlock[] {
  if (typeof raw === 'string') return paragraphs(raw).map((p) => ({ point: p }));
  return [...paragraphs(raw.doan).map((p) => ({ point: p })), ...(raw.cac_y ?? []).map((y) => ({ subPoint: oneLine(y) }))];
}

export function block(raw: RawBlock): BodyBlock {
  if (typeof raw === 'string') return { paragraph: oneLine(raw) };
  if (raw.de_muc) return { heading1: oneLine(raw.de_muc) };
  if (raw.tieu_muc) return { heading2: oneLine(raw.tieu_muc) };
  if (raw.dieu) return { article: article(oneLine(raw.dieu), raw.ten ? oneLine(raw.ten) : null) };
  if (raw.can_giua) return { centred: lines(raw.can_giua) };
  const label = raw.phan ?? raw.chuong ?? raw.muc;
  if (label) return { division: { label: oneLine(label), name: raw.ten ? oneLine(raw.ten) : null } };
  const t = raw.bang!;
  const rows = t.dong.map((row) => row.map((cell) => oneLine(String(cell))));
  return {
    table: {
      header: t.cot.map(oneLine),
      rows,
      widths: t.do_rong ?? t.cot.map(() => 1),
      numeric: t.cot.map((_, c) => rows.some((r) => r[c]) && rows.every((r) => !r[c] || NUMBER.test(r[c]!))),
    },
  };
}

// A cell that is a number: "1", "12.", "1.250", "3,5", "15%", "II" (TT, counts, ratios).
const NUMBER = /^(?:[+-]?\d+(?:[.,]\d+)*[.%]?|[IVXLC]+\.?)$/u;

// "Điều 1." / "Điều 12a:" / "Điều IV." at the start of an article line: its label.
const ARTICLE_LABEL = /^(Điều\s+[0-9IVXLC]+[a-zđ]?)\s*([.:]?)\s*(.*)$/iu;
// What a sentence ends with: the rest of the line is the article's text, not its title.
const SENTENCE_END = /[.;:!?…]["”)]?$/u;

/**
 * An article line: "Điều 1. Title" (label and title, both bold), "Điều 3. Text of the
 * article." (the label bold, the text regular), or the label with its title given as `ten`.
 */
function article(line: string, title: string | null): { label: string; title: string | null; text: string | null } {
  const m = ARTICLE_LABEL.exec(line);
  if (!m) return { label: line, title, text: null };
  const [, label, mark, rest] = m as unknown as [string, string, string, string];
  const isText = title !== null || SENTENCE_END.test(rest);
  return {
    label: `${label}${mark || (rest || title ? '.' : '')}`,
    title: title ?? (rest && !isText ? rest : null),
    text: rest && isText ? rest : null,
  };
}

/** Explicit lines: a list, or the lines of a block scalar. */
function lines(value: Lines | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : value.split('\n');
  return list.map((l) => l.trim()).filter(Boolean);
}

/** Paragraphs: list items, or a block split at blank lines; single line breaks are spaces. */
function paragraphs(value: Lines | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : value.split(/\n[ \t]*\n/);
  return list.map(oneLine).filter(Boolean);
}

function oneLine(text: string): string {
  // Not text.replace(/\s*\n\s*/g, ' '): that regex is quadratic on a long run of spaces.
  if (!text.includes('\n')) return text.trim();
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ');
}
