import { readAuthority } from '../read-printed';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'state-signature-prefix',
  code: 'CV702',
  description: {
    vi: 'Không dùng "TM.", "KT.", "TL.", "TUQ.", "Q." của văn bản nhà nước; văn bản của Đảng viết T/M, K/T, T/L.',
    en: 'No state "TM.", "KT.", "TL.", "TUQ.", "Q."; Party documents write T/M, K/T, T/L.',
  },
  reference: '§3.9, §7',
  messages: {
    state: { vi: '"{written}" là thể thức văn bản nhà nước; văn bản của Đảng viết "{party}".', en: '"{written}" is the state form; a Party document writes "{party}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

const PARTY: Record<string, string> = { 'T/M': 'T/M', 'K/T': 'K/T', 'T/L': 'T/L', TUQ: 'T/L', Q: 'T/M hoặc ký trực tiếp' };

export function check(ctx: RuleContext): void {
  for (const part of ctx.parts('signer-authority')) {
    const a = readAuthority(part.text);
    if (a && /^(TM|KT|TL|TUQ|Q)\.$/.test(a.written)) ctx.report({ messageId: 'state', args: { written: a.written, party: PARTY[a.kind] ?? a.kind }, at: part.at });
  }
}
