import { addAfterHeader, paragraphXml, setText, type Parts } from '../../../helpers/docx-edit';
import { profileWithTypes, testRule } from '../../../helpers/rule-tester';

const profile = profileWithTypes({ 'nghi-quyet': 'NQ', 'thong-bao': 'TB' });

/** The generated công văn made into a nghị quyết: no subject under the number, no "Kính gửi", a title. */
function resolution(title: string | null, subject: string | null, code = 'NQ') {
  return (f: Parts) => {
    setText(f, 'V/v triển khai nhiệm vụ', '');
    setText(f, 'Kính gửi: Các chi bộ trực thuộc.', '');
    setText(f, 'Số 05-CV/ĐU', `Số 05-${code}/ĐU`);
    const lines = [title, subject].filter((l): l is string => l !== null);
    addAfterHeader(f, ...lines.map((l) => paragraphXml(l, { align: 'center', bold: true, size: 15 })));
  };
}

testRule('subject-title', {
  valid: [
    { name: 'a công văn has no title', yaml: () => {} },
    { name: 'NGHỊ QUYẾT then "về …"', docx: resolution('NGHỊ QUYẾT', 'về công tác xây dựng Đảng năm 2024'), profile },
    { name: 'a type the profile does not know: not checked', docx: resolution(null, null, 'XY'), profile, notChecked: true },
  ],
  invalid: [
    { name: 'the subject does not start with "về"', docx: resolution('NGHỊ QUYẾT', 'Công tác xây dựng Đảng năm 2024'), profile, errors: [{ messageId: 've', at: 'Công tác xây dựng' }] },
    { name: '"Về" in capitals', docx: resolution('THÔNG BÁO', 'Về lịch công tác tháng 01'), profile, errors: [{ messageId: 've', at: 'Về lịch' }] },
    { name: 'no subject under the title', docx: resolution('NGHỊ QUYẾT', null), profile, errors: [{ messageId: 'missing-subject', at: 'NGHỊ QUYẾT' }] },
    { name: 'a title in lower case', docx: resolution('Nghị quyết', 'về công tác năm 2024'), profile, errors: [{ messageId: 'title-caps', at: 'Nghị quyết' }] },
    { name: 'no title on a nghị quyết (known from "NQ")', docx: resolution(null, null), profile, errors: [{ messageId: 'missing-title', at: 'Số 05-NQ/ĐU' }] },
  ],
});
