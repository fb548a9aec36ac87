import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('text-legacy-encoding', {
  valid: [
    { name: 'Unicode Vietnamese', yaml: () => {} },
    { name: 'signs Vietnamese text does use: §, °, « »', yaml: (d) => (d.noi_dung.mo_dau = 'Theo § 3, nhiệt độ 30°C, «Đảng» và «Nhà nước».') },
    { name: 'a .docx in Unicode', docx: () => {} },
  ],
  invalid: [
    { name: 'TCVN3 (ABC) text', yaml: (d) => (d.noi_dung.mo_dau = 'Thùc hiÖn chØ ®¹o cña cÊp trªn.'), errors: [{ messageId: 'legacy', at: 'hiÖn' }] },
    { name: 'VNI text in a .docx', docx: (f) => setText(f, '1. Quán triệt.', '1. Ñaûng boä tænh quaùn trieät.'), errors: [{ messageId: 'legacy', at: 'Ñaûng' }] },
  ],
});
