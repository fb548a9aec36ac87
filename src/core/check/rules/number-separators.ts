import { readNumber } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'number-separators',
  code: 'CV102',
  description: {
    vi: 'Số và ký hiệu theo thứ tự số, gạch nối, ký hiệu thể loại, gạch chéo, ký hiệu cơ quan: "Số 1023-CV/ĐUK".',
    en: 'The number reads number, hyphen, type code, slash, issuing-body code: "Số 1023-CV/ĐUK".',
  },
  reference: '§3.3',
  messages: {
    'state-order': { vi: '"{rest}" theo thứ tự của văn bản nhà nước; văn bản của Đảng viết "{fixed}".', en: '"{rest}" is the state order; a Party document writes "{fixed}".' },
    shape: { vi: 'Số và ký hiệu "{rest}" không đúng dạng <số>-<thể loại>/<cơ quan>, ví dụ "1023-CV/ĐUK".', en: 'The number "{rest}" is not <number>-<type>/<body>, e.g. "1023-CV/ĐUK".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.need('number')) {
    const n = readNumber(part.text);
    if (!n || n.party) continue;
    if (n.state) {
      const fixed = `${n.state.serial}-${n.state.typeCode}/${n.state.issuerCode}`;
      ctx.report({ messageId: 'state-order', args: { rest: n.rest, fixed }, at: part.at });
    } else if (/\d/.test(n.rest) && /[/-]/.test(n.rest)) {
      ctx.report({ messageId: 'shape', args: { rest: n.rest }, at: part.at });
    }
  }
}
