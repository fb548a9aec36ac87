// {{so-ky-hieu so_ky_hieu}}: "1023-CV/ĐUK" (number, hyphen, type code, slash, body code;
// an optional drafting-unit code after a second slash, as in 5053-CV/VPTW/nb).
import type { DocumentInput } from '../../model/input';

export function soKyHieu(value: unknown): string {
  const n = value as DocumentInput['so_ky_hieu'];
  const base = `${n.so}-${n.loai}/${n.co_quan}`;
  return n.don_vi ? `${base}/${n.don_vi}` : base;
}
