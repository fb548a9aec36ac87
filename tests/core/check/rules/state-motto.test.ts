import { setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('state-motto', {
  valid: [
    { name: 'a Party header', yaml: () => {} },
    { name: 'the state\'s name inside a sentence', yaml: (d) => (d.noi_dung.mo_dau = 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;') },
    { name: 'a .docx Party header', docx: () => {} },
  ],
  invalid: [
    {
      name: 'the state national title and motto in a .docx header',
      docx: (f) => setText(f, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t><w:br/><w:t>Độc lập - Tự do - Hạnh phúc'),
      errors: [{ messageId: 'state', at: 'CỘNG HÒA XÃ HỘI' }],
    },
    { name: 'the motto typed into the YAML', yaml: (d) => (d.noi_dung.mo_dau = ['Độc lập - Tự do - Hạnh phúc', 'Thực hiện chỉ đạo.']), errors: [{ messageId: 'state', at: 'Độc lập' }] },
  ],
});
