// A small valid công văn as data, for tests that change one thing.
import { stringify } from 'yaml';

export function minimalInput(): Record<string, any> {
  return {
    loai: 'cong-van',
    co_quan: { cap_tren: 'ĐẢNG BỘ TỈNH THANH HÓA', ten: 'ĐẢNG ỦY XÃ QUẢNG PHÚ', ky_hieu: 'ĐU' },
    so_ky_hieu: { so: '05' },
    dia_danh: 'Quảng Phú',
    ngay: '2024-01-05',
    trich_yeu: 'V/v triển khai nhiệm vụ',
    kinh_gui: 'Các chi bộ trực thuộc.',
    noi_dung: { mo_dau: 'Thực hiện chỉ đạo của cấp trên.', cac_diem: ['1. Quán triệt.', '2. Báo cáo.'] },
    ky: { quyen_han: 'T/M ĐẢNG ỦY', chuc_vu: 'BÍ THƯ', ho_ten: 'Lê Văn Minh' },
    noi_nhan: ['Như trên', 'Lưu Đảng ủy'],
  };
}

export const toYaml = (data: unknown): string => stringify(data, { lineWidth: 0 });
