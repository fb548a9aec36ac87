import { testRule } from '../../../helpers/rule-tester';

testRule('signature-tl', {
  valid: [
    { name: 'T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG', yaml: (d) => ((d.ky.quyen_han = 'T/L BAN THƯỜNG VỤ'), (d.ky.chuc_vu = 'CHÁNH VĂN PHÒNG')) },
    { name: 'no T/L', yaml: () => {} },
  ],
  invalid: [
    { name: 'T/L before a title', yaml: (d) => ((d.ky.quyen_han = 'T/L CHÁNH VĂN PHÒNG'), (d.ky.chuc_vu = 'PHÓ CHÁNH VĂN PHÒNG')), errors: [{ messageId: 'body', at: 'T/L CHÁNH' }] },
    { name: 'T/L without the signer\'s title', yaml: (d) => ((d.ky.quyen_han = 'T/L BAN THƯỜNG VỤ'), delete d.ky.chuc_vu), errors: [{ messageId: 'title', at: 'T/L BAN' }] },
  ],
});
