import { replaceInDocument } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

testRule('body-numbering', {
  valid: [
    { name: '1., 2.', yaml: () => {} },
    { name: 'a), b) start again under each point', yaml: (d) => (d.noi_dung.cac_diem = [{ doan: '1. Một.', cac_y: ['a) x;', 'b) y.'] }, { doan: '2. Hai.', cac_y: ['a) z.'] }]) },
    { name: '1. starts again under each Roman heading', yaml: (d) => (d.noi_dung.cac_diem = ['I- TÌNH HÌNH', '1. Một.', 'II- NHIỆM VỤ', '1. Hai.']) },
    { name: 'a .docx 1., 2.', docx: () => {} },
    {
      name: 'Word\'s automatic numbering: not checked',
      docx: (f) => replaceInDocument(f, /(<w:p><w:pPr>)((?:(?!<\/w:p>).)*?>1\. Quán triệt\.<)/s, '$1<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>$2'),
      notChecked: true,
    },
  ],
  invalid: [
    { name: 'a skipped number', yaml: (d) => (d.noi_dung.cac_diem = ['1. Một.', '3. Ba.']), errors: [{ messageId: 'skip', at: '3. Ba.' }] },
    { name: 'a repeated number', yaml: (d) => (d.noi_dung.cac_diem = ['1. Một.', '1. Lại một.']), errors: [{ messageId: 'repeat', at: '1. Lại một.' }] },
    { name: 'a skipped letter', yaml: (d) => (d.noi_dung.cac_diem = [{ doan: '1. Một.', cac_y: ['a) x;', 'c) z.'] }]), errors: [{ messageId: 'skip', at: 'c) z.' }] },
    { name: 'points starting at 2', yaml: (d) => (d.noi_dung.cac_diem = ['2. Hai.', '3. Ba.']), errors: [{ messageId: 'start', at: '2. Hai.' }] },
  ],
});
