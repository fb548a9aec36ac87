import { testRule } from '../../../helpers/rule-tester';

testRule('signature-name-rank', {
  valid: [
    { name: 'a plain name', yaml: () => {} },
    { name: 'a name that starts like a rank', yaml: (d) => (d.ky.ho_ten = 'Đồng Văn Chí') },
  ],
  invalid: [
    { name: 'TS.', yaml: (d) => (d.ky.ho_ten = 'TS. Lê Văn Minh'), errors: [{ messageId: 'rank', at: 'TS. Lê' }] },
    { name: 'Đại tá', yaml: (d) => (d.ky.ho_ten = 'Đại tá Lê Văn Minh'), errors: [{ messageId: 'rank', at: 'Đại tá Lê' }] },
  ],
});
