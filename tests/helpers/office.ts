// An office folder for register tests: congvan.config.yaml (issuing body, term, signer,
// recipients) and short documents that take their number from the register.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Register } from '../../src/register/register';
import { toYaml } from './minimal';

export function officeConfig(): Record<string, any> {
  return {
    co_quan: { cap_tren: 'ĐẢNG BỘ TỈNH THANH HÓA', ten: 'ĐẢNG ỦY XÃ QUẢNG PHÚ', ky_hieu: 'ĐU' },
    dia_danh: 'Quảng Phú',
    nhiem_ky: { ten: '2020-2025', bat_dau: '2020-10-15' },
    ky: { quyen_han: 'T/M ĐẢNG ỦY', chuc_vu: 'BÍ THƯ', ho_ten: 'Lê Văn Minh' },
    noi_nhan: ['Như trên,', 'Lưu Văn phòng.'],
  };
}

/** Only the document's own content: the rest comes from the config. */
export function ownContent(subject: string, extra: Record<string, unknown> = {}): Record<string, any> {
  return {
    loai: 'cong-van',
    so_ky_hieu: { so: 'auto' },
    ngay: '2024-03-05',
    trich_yeu: subject,
    kinh_gui: 'Các chi bộ trực thuộc.',
    noi_dung: { mo_dau: 'Thực hiện chỉ đạo của cấp trên.' },
    ...extra,
  };
}

export type Office = { dir: string; config: string; write(name: string, data: unknown): string };

/** An office folder with its config and (unless `register: false`) a new, empty register, as `congvan register init` makes. */
export function makeOffice(config: Record<string, unknown> = officeConfig(), options: { register?: boolean } = {}): Office {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-office-'));
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof data === 'string' ? data : toYaml(data));
    return path;
  };
  const office = { dir, config: write('congvan.config.yaml', config), write };
  if (options.register !== false) Register.open(join(dir, 'so-van-ban-di.sqlite'), { create: true }).close();
  return office;
}
