import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('number-type-code', {
  valid: [
    { name: 'the profile code of công văn (CV) by default', yaml: () => {} },
    { name: 'CV written out', yaml: (d) => (d.so_ky_hieu.loai = 'CV') },
    { name: 'a .docx công văn numbered CV', docx: () => {} },
    // Real usage: central Quy định are numbered QĐ (66-QĐ/TW, 97-QĐ/TW, 399-QĐ/TW), lower levels QĐi.
    { name: 'a central Quy định coded QĐ', yaml: (d) => ((d.loai = 'quy-dinh'), (d.trich_yeu = 'về phân cấp quản lý cán bộ'), delete d.kinh_gui, (d.so_ky_hieu.loai = 'QĐ')) },
    { name: 'a Quy định coded QĐi', yaml: (d) => ((d.loai = 'quy-dinh'), (d.trich_yeu = 'về phân cấp quản lý cán bộ'), delete d.kinh_gui) },
    { name: "an office's own code, declared in so_ky_hieu.loai", yaml: (d) => (d.so_ky_hieu.loai = 'CVNB') },
    { name: 'a .docx QUY ĐỊNH numbered QĐ', docx: (f) => setText(f, 'Số 05-QĐi/ĐU', 'Số 05-QĐ/ĐU'), input: (d) => ((d.loai = 'quy-dinh'), (d.trich_yeu = 'về phân cấp quản lý cán bộ'), delete d.kinh_gui) },
    { name: 'a .docx whose type is known only from its number: not checked', docx: (f) => {
      setText(f, 'Kính gửi: Các chi bộ trực thuộc.', '');
      setText(f, 'V/v triển khai nhiệm vụ', '');
    }, notChecked: true },
  ],
  invalid: [
    { name: 'a công văn coded NQ', yaml: (d) => (d.so_ky_hieu.loai = 'NQ'), errors: [{ messageId: 'mismatch', at: '"05"' }] },
    { name: 'a lower-case code', yaml: (d) => (d.so_ky_hieu.loai = 'cv'), errors: [{ messageId: 'mismatch', at: '"05"' }] },
    { name: 'a quyết định coded QĐi (the code of a Quy định)', yaml: (d) => ((d.loai = 'quyet-dinh'), (d.trich_yeu = 'về việc chuẩn y'), delete d.kinh_gui, (d.so_ky_hieu.loai = 'QĐi')), errors: [{ messageId: 'mismatch', at: '"05"' }] },
    { name: 'a .docx công văn coded TB', docx: (f) => setText(f, 'Số 05-CV/ĐU', 'Số 05-TB/ĐU'), errors: [{ messageId: 'mismatch', at: 'Số 05-TB/ĐU' }] },
  ],
});
