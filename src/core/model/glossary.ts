// One glossary: each Vietnamese term, its YAML key and the identifier the code uses for it.
// Messages name fields by their YAML key and this term; the README's glossary table mirrors it.
export type GlossaryEntry = {
  readonly key: string; // YAML path, dotted
  readonly term: string; // Vietnamese term, as in HD36 / QĐ66
  readonly english: string;
  readonly id: string; // identifier in the model and the profile
};

export const GLOSSARY = [
  { key: 'loai', term: 'thể loại văn bản', english: 'document type', id: 'docType' },
  { key: 'co_quan', term: 'cơ quan ban hành', english: 'issuing body', id: 'issuer' },
  { key: 'co_quan.cap_tren', term: 'tên cơ quan cấp trên trực tiếp', english: 'superior body', id: 'superior-body' },
  { key: 'co_quan.ten', term: 'tên cơ quan ban hành', english: 'issuing body name', id: 'issuing-body' },
  { key: 'co_quan.ky_hieu', term: 'ký hiệu cơ quan ban hành', english: 'issuing-body code', id: 'issuerCode' },
  { key: 'so_ky_hieu', term: 'số và ký hiệu văn bản', english: 'number and code', id: 'number' },
  { key: 'so_ky_hieu.so', term: 'số văn bản', english: 'document number', id: 'serial' },
  { key: 'so_ky_hieu.loai', term: 'ký hiệu thể loại', english: 'type code', id: 'typeCode' },
  { key: 'so_ky_hieu.don_vi', term: 'ký hiệu đơn vị soạn thảo', english: 'drafting-unit code', id: 'unitCode' },
  { key: 'dia_danh', term: 'địa danh', english: 'place', id: 'place' },
  { key: 'ngay', term: 'ngày ban hành', english: 'date', id: 'place-date' },
  { key: 'trich_yeu', term: 'trích yếu nội dung', english: 'subject', id: 'cv-subject' },
  { key: 'kinh_gui', term: 'kính gửi', english: 'addressees', id: 'kinh-gui' },
  { key: 'noi_dung', term: 'nội dung văn bản', english: 'body', id: 'body' },
  { key: 'noi_dung.mo_dau', term: 'đoạn mở đầu', english: 'opening paragraphs', id: 'body' },
  { key: 'noi_dung.cac_diem', term: 'các điểm (ý) đánh số', english: 'numbered points', id: 'point' },
  { key: 'noi_dung.cac_diem.doan', term: 'đoạn của điểm', english: 'point paragraphs', id: 'point' },
  { key: 'noi_dung.cac_diem.cac_y', term: 'ý con a), b), -', english: 'sub-points', id: 'sub-point' },
  { key: 'noi_dung.ket_thuc', term: 'đoạn kết', english: 'closing paragraphs', id: 'body' },
  { key: 'ky', term: 'thể thức đề ký', english: 'signature', id: 'signature' },
  { key: 'ky.quyen_han', term: 'quyền hạn ký (T/M, K/T, T/L)', english: 'signing authority', id: 'signer-authority' },
  { key: 'ky.chuc_vu', term: 'chức vụ người ký', english: 'signer title', id: 'signer-title' },
  { key: 'ky.ho_ten', term: 'họ tên người ký', english: 'signer name', id: 'signer-name' },
  { key: 'noi_nhan', term: 'nơi nhận', english: 'recipients list', id: 'noi-nhan' },
] as const satisfies readonly GlossaryEntry[];

/** The glossary entry for a YAML path such as ["noi_dung", "cac_diem", 2, "doan"]. */
export function glossaryEntry(path: readonly (string | number)[]): GlossaryEntry | undefined {
  const key = path.filter((p) => typeof p === 'string').join('.');
  return GLOSSARY.find((e) => e.key === key);
}

/** The thể loại (QĐ 66, now QĐ 399) by their `loai` value, for messages and document properties. */
export const DOC_TYPE_NAMES: Record<string, string> = {
  'cong-van': 'Công văn', 'nghi-quyet': 'Nghị quyết', 'quyet-dinh': 'Quyết định', 'quy-dinh': 'Quy định',
  'chi-thi': 'Chỉ thị', 'ket-luan': 'Kết luận', 'quy-che': 'Quy chế', 'thong-tri': 'Thông tri',
  'huong-dan': 'Hướng dẫn', 'thong-bao': 'Thông báo', 'thong-cao': 'Thông cáo', 'bao-cao': 'Báo cáo',
  'ke-hoach': 'Kế hoạch', 'chuong-trinh': 'Chương trình', 'de-an': 'Đề án', 'phuong-an': 'Phương án',
  'to-trinh': 'Tờ trình', 'cong-dien': 'Công điện', 'bien-ban': 'Biên bản', 'giay-moi': 'Giấy mời',
  'giay-gioi-thieu': 'Giấy giới thiệu',
};
