import { COLLECTIVE_BODIES } from '../../model/collective-bodies';
import { messageEntry } from '../../messages';
import { readAuthority, tmNotCollective } from '../../model/signature-forms';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'signature-tm-collective',
  code: 'CV502',
  description: {
    vi: 'T/M (thay mặt) chỉ dùng cho tập thể: đại hội, cấp ủy, ban thường vụ, ủy ban kiểm tra, đảng đoàn, hội đồng…',
    en: 'T/M (on behalf of) is only for collective bodies: congress, cấp ủy, standing committee, inspection commission…',
  },
  reference: '§3.9',
  // The loader refuses T/M for an advisory body in a YAML input, with the same message and hint.
  messages: { 'not-collective': messageEntry('signature-tm-advisory') },
  options: { bodies: COLLECTIVE_BODIES },
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (a && tmNotCollective(a, ctx.options.bodies as string[])) ctx.report({ messageId: 'not-collective', args: { body: a.rest }, at: part.at });
  }
}
