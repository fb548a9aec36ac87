// The signature forms the Party standard forbids (docs/standard.md §3.9), as predicates that
// both the loader (which refuses a YAML input, exit 2) and the check rules (which report on a
// YAML input or a .docx) call, so the two give the same advice from the same messages.
import { COLLECTIVE_BODIES, isCollective } from './collective-bodies';

export type Authority = {
  /** As written: "T/M", "TM.", "T.M", "K/T" … */
  written: string;
  /** Which authority it means. */
  kind: 'T/M' | 'K/T' | 'T/L' | 'T/U' | 'TUQ' | 'Q';
  /** What follows it: the body or the title. */
  rest: string;
};

// After a full stop the body may follow without a space ("TM.BAN THƯỜNG VỤ").
const AUTHORITY = /^(T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|T\s*[/.]?\s*U|Q)(\.?)(?:(?=\s|$)|(?<=\.))\s*(.*)$/i;

export function readAuthority(text: string): Authority | undefined {
  const m = AUTHORITY.exec(text.normalize('NFC').replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const letters = m[1]!.replace(/[\s/.]/g, '').toUpperCase();
  const kind = letters === 'TUQ' || letters === 'Q' ? letters : (`${letters[0]}/${letters[1]}` as Authority['kind']);
  return { written: m[1]! + m[2]!, kind, rest: m[3]! };
}

const STATE_WRITTEN = /^(TM|KT|TL|TUQ|Q)\.$/i;
const PARTY_FORM: Record<string, string> = { 'T/M': 'T/M', 'K/T': 'K/T', 'T/L': 'T/L', TUQ: 'T/L', Q: 'T/M hoặc ký trực tiếp' };

/** "TM.", "KT.", "TL.", "TUQ.", "Q.": the state's prefix, and the Party form to write instead. */
export function statePrefix(a: Authority): { prefix: string; party: string } | undefined {
  return STATE_WRITTEN.test(a.written) ? { prefix: a.written, party: PARTY_FORM[a.kind] ?? a.kind } : undefined;
}

/** Two forms in one authority ("T/M BAN THƯỜNG VỤ K/T BÍ THƯ"): the state habit. */
export function isMixed(text: string): boolean {
  return (text.toLocaleUpperCase('vi').match(/(?<![\p{L}\p{N}])[TK]\/[MLTU](?![\p{L}\p{N}])/gu) ?? []).length > 1;
}

/** K/T before a collective body: collective bodies sign T/M. */
export function isKtCollective(a: Authority, bodies: readonly string[] = COLLECTIVE_BODIES): boolean {
  return a.kind === 'K/T' && isCollective(a.rest, bodies);
}

// Advisory bodies (cơ quan tham mưu, giúp việc): the head signs directly, a deputy K/T.
const ADVISORY = /^(BAN (TUYÊN GIÁO|TỔ CHỨC|DÂN VẬN|NỘI CHÍNH|KINH TẾ|CHÍNH SÁCH)|VĂN PHÒNG|TRƯỜNG CHÍNH TRỊ)(?=\s|$)/u;

/**
 * T/M before what is not a collective body: 'advisory' when it names an advisory body (surely
 * wrong), 'not-listed' when it is only missing from `bodies` (a list a config may extend).
 */
export function tmNotCollective(a: Authority, bodies: readonly string[] = COLLECTIVE_BODIES): 'advisory' | 'not-listed' | undefined {
  if (a.kind !== 'T/M' || !a.rest || isCollective(a.rest, bodies)) return undefined;
  return ADVISORY.test(a.rest.toLocaleUpperCase('vi')) ? 'advisory' : 'not-listed';
}

export type SignatureProblem =
  | { id: 'signature-state-prefix'; args: { prefix: string; party: string } }
  | { id: 'signature-mixed'; args: { value: string } }
  | { id: 'signature-kt-collective'; args: { body: string } }
  | { id: 'signature-tm-advisory'; args: { body: string } };

/**
 * What the loader refuses in a signing authority (the first problem): a state prefix, two
 * forms, K/T for a collective body, T/M for an advisory body. The rules report the same
 * concepts with the same message ids, and more (a body missing from the list, the context).
 */
export function refusedAuthority(text: string): SignatureProblem | undefined {
  const a = readAuthority(text);
  if (!a) return isMixed(text) ? { id: 'signature-mixed', args: { value: text.trim() } } : undefined;
  const state = statePrefix(a);
  if (state) return { id: 'signature-state-prefix', args: state };
  if (isMixed(text)) return { id: 'signature-mixed', args: { value: text.trim() } };
  if (isKtCollective(a)) return { id: 'signature-kt-collective', args: { body: a.rest } };
  if (tmNotCollective(a) === 'advisory') return { id: 'signature-tm-advisory', args: { body: a.rest } };
  return undefined;
}
