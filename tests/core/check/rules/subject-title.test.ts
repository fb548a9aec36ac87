import { addAfterHeader, paragraphXml, setText, type Parts } from '../../../helpers/docx-edit';
import { testRule } from '../../../helpers/rule-tester';

/** The generated công văn made into another type: no subject under the number, no "Kính gửi", a title. */
function retyped(title: string | null, subject: string | null, code = 'NQ') {
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
    { name: 'a nghị quyết in YAML: the template prints the title', yaml: (d) => ((d.loai = 'nghi-quyet'), (d.trich_yeu = 'về công tác năm 2024'), delete d.kinh_gui) },
    { name: 'NGHỊ QUYẾT then its subject in a .docx', docx: retyped('NGHỊ QUYẾT', 'về công tác xây dựng Đảng năm 2024') },
    { name: 'a type the profile does not know: not checked', docx: retyped(null, null, 'XY'), notChecked: true },
  ],
  invalid: [
    { name: 'no subject under the title', docx: retyped('NGHỊ QUYẾT', null), errors: [{ messageId: 'missing-subject', at: 'NGHỊ QUYẾT' }] },
    { name: 'a title in lower case', docx: retyped('Nghị quyết', 'về công tác năm 2024'), errors: [{ messageId: 'title-caps', at: 'Nghị quyết' }] },
    { name: 'no title on a nghị quyết (known from "NQ")', docx: retyped(null, null), errors: [{ messageId: 'missing-title', at: 'Số 05-NQ/ĐU' }] },
  ],
});
