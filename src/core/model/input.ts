// The validated, normalised input: what templates see. Every optional field has a value,
// so templates never meet a missing key (Handlebars runs in strict mode).
export const DOC_TYPES = [
  'cong-van', 'nghi-quyet', 'quyet-dinh', 'quy-dinh', 'chi-thi', 'ket-luan', 'quy-che', 'thong-tri',
  'huong-dan', 'thong-bao', 'thong-cao', 'bao-cao', 'ke-hoach', 'chuong-trinh', 'de-an', 'phuong-an',
  'to-trinh', 'cong-dien', 'bien-ban', 'giay-moi', 'giay-gioi-thieu',
] as const;

export type DocType = (typeof DOC_TYPES)[number];

/** One block of the body, tagged by what it is; exactly one of the keys is set. */
export type BodyBlock = {
  paragraph?: string;
  point?: string;
  subPoint?: string;
  heading1?: string;
  heading2?: string;
  /** Phần / Chương / Mục: the label line and the caps name under it */
  division?: { label: string; name: string | null };
  /** "Điều 1." (bold), its title (bold) and its text on the same line (regular) */
  article?: { label: string; title: string | null; text: string | null };
  /** Centred lines inside the body (a quoted sample heading) */
  centred?: string[];
  /** `numeric`: per column, whether every cell below the header is a number (centred) */
  table?: { header: string[]; rows: string[][]; widths: number[]; numeric: boolean[] };
};

export type Signer = { quyen_han: string | null; chuc_vu: string | null; ho_ten: string };

export type IssuingBody = { cap_tren: string[]; ten: string[]; ky_hieu: string };

export type Appendix = { tieu_de: string[]; kem_theo: string | null; noi_dung: BodyBlock[] };

export type CopyBlock = {
  hinh_thuc: string;
  co_quan: IssuingBody;
  so_ky_hieu: { so: string; loai: string; co_quan: string; don_vi: null };
  dia_danh: string;
  ngay: string;
  ky: Signer[];
  noi_nhan: string[];
};

export type DocumentInput = {
  loai: DocType;
  co_quan: IssuingBody;
  so_ky_hieu: { so: string; loai: string; co_quan: string; don_vi: string | null };
  dia_danh: string;
  /** ISO date yyyy-MM-dd */
  ngay: string;
  trich_yeu: string[];
  /** Printed after the type name on its line: "(BỔ SUNG)" */
  ten_loai_kem: string | null;
  tieu_de_phu: string[];
  kinh_gui: string[];
  /** "Kính gửi:" alone on its line, the addressees under it */
  kinh_gui_xuong_dong: boolean;
  /** Months up to this one are written with a leading zero (the profile's date.pad_month_until) */
  thang_dem_0: number;
  can_cu: string[];
  cau_ban_hanh: string | null;
  noi_dung: BodyBlock[];
  /** one signer, or two side by side (biên bản) */
  ky: Signer[];
  noi_nhan: string[];
  mat: string | null;
  khan: string | null;
  pham_vi_luu_hanh: string | null;
  du_thao: string | null;
  phu_luc: Appendix[];
  ban_sao: CopyBlock | null;
};
