import { addParagraphAfter, setText } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('signature-kt-collective', {
  valid: [
    { name: 'a deputy secretary: T/M ĐẢNG ỦY / PHÓ BÍ THƯ', yaml: (d) => (d.ky.chuc_vu = 'PHÓ BÍ THƯ') },
    {
      name: 'K/T for an advisory body',
      yaml: (d) => ((d.co_quan = { cap_tren: 'TỈNH ỦY THANH HÓA', ten: 'BAN TỔ CHỨC', ky_hieu: 'BTCTU' }), (d.ky.quyen_han = 'K/T TRƯỞNG BAN'), (d.ky.chuc_vu = 'PHÓ TRƯỞNG BAN')),
    },
    { name: 'a .docx "T/M ĐẢNG ỦY"', docx: () => {} },
  ],
  invalid: [
    // A deputy secretary of a đảng ủy signing "K/T BÍ THƯ", as state bodies do.
    {
      name: 'K/T BÍ THƯ in a document of a đảng ủy',
      yaml: (d) => ((d.ky.quyen_han = 'K/T BÍ THƯ'), (d.ky.chuc_vu = 'PHÓ BÍ THƯ')),
      errors: [{ messageId: 'cap-uy', at: 'K/T BÍ THƯ' }],
    },
    {
      name: 'K/T BÍ THƯ in a .docx of a đảng ủy',
      docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'K/T BÍ THƯ'),
      input: (d) => (d.ky.chuc_vu = 'PHÓ BÍ THƯ'),
      errors: [{ messageId: 'cap-uy', at: 'K/T BÍ THƯ' }],
    },
    // In a YAML input the loader already refuses it (signature-kt-collective, exit 2).
    { name: 'K/T BAN THƯỜNG VỤ in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'K/T BAN THƯỜNG VỤ'), errors: [{ messageId: 'collective', at: 'K/T BAN THƯỜNG VỤ' }] },
    { name: 'T/M ĐẢNG ỦY K/T BÍ THƯ on one line in a .docx', docx: (f) => setText(f, 'T/M ĐẢNG ỦY', 'T/M ĐẢNG ỦY K/T BÍ THƯ'), errors: [{ messageId: 'mixed', at: 'T/M ĐẢNG ỦY K/T BÍ THƯ' }] },
    {
      name: 'K/T BÍ THƯ under T/M ĐẢNG ỦY in a .docx (the state form)',
      docx: (f) => addParagraphAfter(f, 'T/M ĐẢNG ỦY', 'K/T BÍ THƯ'),
      input: (d) => (d.ky.chuc_vu = 'PHÓ BÍ THƯ'),
      errors: [{ messageId: 'mixed', at: 'K/T BÍ THƯ' }],
    },
  ],
});
