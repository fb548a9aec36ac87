import { COLLECTIVE_BODIES } from '../../model/collective-bodies';
import { isCollective, readAuthority } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-tm-collective',
  code: 'CV502',
  description: {
    vi: 'T/M (thay mặt) chỉ dùng cho tập thể: đại hội, cấp ủy, ban thường vụ, ủy ban kiểm tra, đảng đoàn, hội đồng…',
    en: 'T/M (on behalf of) is only for collective bodies: congress, cấp ủy, standing committee, inspection commission…',
  },
  reference: '§3.9',
  messages: {
    'not-collective': { vi: '"T/M {rest}": T/M chỉ đứng trước tên một tập thể (ví dụ T/M BAN THƯỜNG VỤ); người đứng đầu cơ quan tham mưu ký trực tiếp.', en: '"T/M {rest}": T/M only precedes a collective body (e.g. T/M BAN THƯỜNG VỤ); the head of an advisory body signs directly.' },
  },
  options: { bodies: COLLECTIVE_BODIES },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (a?.kind === 'T/M' && a.rest && !isCollective(a.rest, ctx.options.bodies as string[])) {
      ctx.report({ messageId: 'not-collective', args: { rest: a.rest }, at: part.at });
    }
  }
}
