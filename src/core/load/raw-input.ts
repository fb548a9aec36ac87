// The input as the schema has checked it, before normalisation. These types only name what
// schema/congvan.schema.json guarantees.
import type { DocType } from '../model/input';

export type Lines = string | string[];
export type RawPoint = string | { doan: Lines; cac_y?: string[] };
export type RawBlock =
  | string
  | { de_muc?: string; tieu_muc?: string; phan?: string; chuong?: string; muc?: string; ten?: string; dieu?: string; can_giua?: Lines; bang?: RawTable };
export type RawTable = { cot: string[]; dong: (string | number)[][]; do_rong?: number[] };
export type RawSigner = { quyen_han?: string; chuc_vu?: string; ho_ten: string };
export type RawBody = RawBlock[] | { mo_dau?: Lines; cac_diem?: RawPoint[]; ket_thuc?: Lines };
export type RawIssuer = { cap_tren?: Lines; ten: Lines; ky_hieu: string };

export type RawInput = {
  loai: DocType;
  co_quan: RawIssuer;
  so_ky_hieu: { so: string; loai?: string; don_vi?: string };
  dia_danh: string;
  ngay: string;
  trich_yeu: Lines;
  ten_loai_kem?: string;
  tieu_de_phu?: Lines;
  kinh_gui?: Lines;
  kinh_gui_xuong_dong?: boolean;
  ngay_thang_hai_so?: boolean;
  can_cu?: string[];
  cau_ban_hanh?: string;
  noi_dung: RawBody;
  ky: RawSigner | RawSigner[];
  noi_nhan?: string[];
  mat?: string;
  khan?: string;
  pham_vi_luu_hanh?: string;
  du_thao?: string;
  phu_luc?: { tieu_de: Lines; kem_theo?: string; noi_dung: RawBlock[] }[];
  ban_sao?: {
    hinh_thuc: string;
    co_quan: RawIssuer;
    so: string;
    dia_danh: string;
    ngay: string;
    ky: RawSigner;
    noi_nhan?: string[];
  };
};
