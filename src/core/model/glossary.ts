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
  { key: 'ngay_thang_hai_so', term: 'tháng viết hai chữ số (thói quen cũ)', english: 'every month with two digits', id: 'place-date' },
  { key: 'trich_yeu', term: 'trích yếu nội dung', english: 'subject', id: 'cv-subject' },
  { key: 'ten_loai_kem', term: 'chữ kèm tên loại (BỔ SUNG)', english: 'qualifier on the type-name line', id: 'doc-title' },
  { key: 'tieu_de_phu', term: 'dòng dưới tên loại (tên hội nghị)', english: 'lines under the title', id: 'doc-subtitle' },
  { key: 'kinh_gui', term: 'kính gửi', english: 'addressees', id: 'kinh-gui' },
  { key: 'kinh_gui_xuong_dong', term: '"Kính gửi:" đứng riêng một dòng', english: 'label alone on its line', id: 'kinh-gui-label' },
  { key: 'can_cu', term: 'căn cứ ban hành', english: 'legal basis lines', id: 'basis' },
  { key: 'cau_ban_hanh', term: 'câu ban hành', english: 'enacting sentence', id: 'enacting' },
  { key: 'noi_dung', term: 'nội dung văn bản', english: 'body', id: 'body' },
  { key: 'noi_dung.mo_dau', term: 'đoạn mở đầu', english: 'opening paragraphs', id: 'body' },
  { key: 'noi_dung.cac_diem', term: 'các điểm (ý) đánh số', english: 'numbered points', id: 'point' },
  { key: 'noi_dung.cac_diem.doan', term: 'đoạn của điểm', english: 'point paragraphs', id: 'point' },
  { key: 'noi_dung.cac_diem.cac_y', term: 'ý con a), b), -', english: 'sub-points', id: 'sub-point' },
  { key: 'noi_dung.ket_thuc', term: 'đoạn kết', english: 'closing paragraphs', id: 'body' },
  { key: 'noi_dung.de_muc', term: 'đề mục cấp 1 (I-)', english: 'level-1 heading', id: 'heading-1' },
  { key: 'noi_dung.tieu_muc', term: 'đề mục cấp 2 (1.)', english: 'level-2 heading', id: 'heading-2' },
  { key: 'noi_dung.phan', term: 'phần', english: 'part', id: 'division-label' },
  { key: 'noi_dung.chuong', term: 'chương', english: 'chapter', id: 'division-label' },
  { key: 'noi_dung.muc', term: 'mục', english: 'section', id: 'division-label' },
  { key: 'noi_dung.ten', term: 'tên phần, chương, mục', english: 'division name', id: 'division-name' },
  { key: 'noi_dung.dieu', term: 'điều', english: 'article', id: 'article' },
  { key: 'noi_dung.can_giua', term: 'đoạn căn giữa', english: 'centred block', id: 'centred-text' },
  { key: 'noi_dung.bang', term: 'bảng', english: 'table', id: 'body-table' },
  { key: 'noi_dung.bang.cot', term: 'tiêu đề cột', english: 'column headings', id: 'table-header' },
  { key: 'noi_dung.bang.dong', term: 'dòng của bảng', english: 'table rows', id: 'table-cell' },
  { key: 'noi_dung.bang.do_rong', term: 'độ rộng tương đối của cột', english: 'relative column widths', id: 'widths' },
  { key: 'ky', term: 'thể thức đề ký', english: 'signature', id: 'signature' },
  { key: 'ky.quyen_han', term: 'quyền hạn ký (T/M, K/T, T/L)', english: 'signing authority', id: 'signer-authority' },
  { key: 'ky.chuc_vu', term: 'chức vụ người ký', english: 'signer title', id: 'signer-title' },
  { key: 'ky.ho_ten', term: 'họ tên người ký', english: 'signer name', id: 'signer-name' },
  { key: 'noi_nhan', term: 'nơi nhận', english: 'recipients list', id: 'noi-nhan' },
  { key: 'mat', term: 'dấu chỉ mức độ mật', english: 'secrecy mark', id: 'secrecy-mark' },
  { key: 'khan', term: 'dấu chỉ mức độ khẩn', english: 'urgency mark', id: 'urgency-mark' },
  { key: 'pham_vi_luu_hanh', term: 'chỉ dẫn phạm vi lưu hành', english: 'circulation note', id: 'circulation-mark' },
  { key: 'du_thao', term: 'chỉ dẫn dự thảo', english: 'draft mark', id: 'draft-mark' },
  { key: 'phu_luc', term: 'phụ lục', english: 'appendices', id: 'appendix-label' },
  { key: 'phu_luc.tieu_de', term: 'tên phụ lục', english: 'appendix title', id: 'appendix-title' },
  { key: 'phu_luc.kem_theo', term: 'dòng "Kèm theo"', english: 'attached-to line', id: 'appendix-note' },
  { key: 'phu_luc.noi_dung', term: 'nội dung phụ lục', english: 'appendix body', id: 'body' },
  { key: 'ban_sao', term: 'bản sao', english: 'copy block', id: 'copy' },
  { key: 'ban_sao.hinh_thuc', term: 'hình thức sao', english: 'copy form', id: 'copy-form' },
  { key: 'ban_sao.co_quan', term: 'cơ quan sao văn bản', english: 'copying body', id: 'issuing-body' },
  { key: 'ban_sao.co_quan.cap_tren', term: 'cơ quan cấp trên của cơ quan sao', english: 'its superior body', id: 'superior-body' },
  { key: 'ban_sao.co_quan.ten', term: 'tên cơ quan sao', english: 'copying body name', id: 'issuing-body' },
  { key: 'ban_sao.co_quan.ky_hieu', term: 'ký hiệu cơ quan sao', english: 'copying body code', id: 'issuerCode' },
  { key: 'ban_sao.so', term: 'số bản sao', english: 'copy number', id: 'serial' },
  { key: 'ban_sao.dia_danh', term: 'địa danh sao', english: 'copy place', id: 'place' },
  { key: 'ban_sao.ngay', term: 'ngày sao', english: 'copy date', id: 'place-date' },
  { key: 'ban_sao.ky', term: 'người ký bản sao', english: 'copy signer', id: 'signature' },
  { key: 'ban_sao.noi_nhan', term: 'nơi nhận bản sao', english: 'copy recipients', id: 'noi-nhan' },
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
