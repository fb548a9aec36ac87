import { messageEntry } from '../../messages';
import { readAuthority, statePrefix } from '../../model/signature-forms';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'state-signature-prefix',
  code: 'CV702',
  description: {
    vi: 'Không dùng "TM.", "KT.", "TL.", "TUQ.", "Q." của văn bản nhà nước; văn bản của Đảng viết T/M, K/T, T/L.',
    en: 'No state "TM.", "KT.", "TL.", "TUQ.", "Q."; Party documents write T/M, K/T, T/L.',
  },
  reference: '§3.9, §7',
  // The loader refuses the same form in a YAML input, with the same message and hint.
  messages: { state: messageEntry('signature-state-prefix') },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    const state = a && statePrefix(a);
    if (state) ctx.report({ messageId: 'state', args: state, at: part.at });
  }
}
