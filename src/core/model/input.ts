// The validated, normalised input: what templates see. Every optional field has a value,
// so templates never meet a missing key (Handlebars runs in strict mode).
export type DocType = 'cong-van';

export type Point = { doan: string[]; cac_y: string[] };

export type DocumentInput = {
  loai: DocType;
  co_quan: { cap_tren: string[]; ten: string[]; ky_hieu: string };
  so_ky_hieu: { so: string; loai: string; co_quan: string; don_vi: string | null };
  dia_danh: string;
  /** ISO date yyyy-MM-dd */
  ngay: string;
  trich_yeu: string[];
  kinh_gui: string[];
  noi_dung: { mo_dau: string[]; cac_diem: Point[]; ket_thuc: string[] };
  ky: { quyen_han: string | null; chuc_vu: string | null; ho_ten: string };
  noi_nhan: string[];
};
