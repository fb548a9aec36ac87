// congvan init --config: writes congvan.config.yaml from flags; on a terminal, asks for what
// the flags leave out. The result is checked like any config before it is written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stringify } from 'yaml';
import { diagnostic, InputError } from '../../core/diagnostics';
import type { Lang } from '../../core/messages';
import { CONFIG_FILE, parseConfig } from '../../index';
import { registerPathFor } from '../../register/database';
import { Register } from '../../register/register';
import { writeFileAtomic } from '../../files/atomic-write';
import type { Io } from '../io';

export type InitConfigOptions = {
  dir?: string;
  force?: boolean;
  profile?: string;
  superior?: string;
  body?: string[];
  code?: string;
  place?: string;
  term?: string;
  termStart?: string;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  recipient?: string[];
};

type Question = { key: Exclude<keyof InitConfigOptions, 'dir' | 'force' | 'profile' | 'recipient'>; vi: string; en: string; required: boolean; list?: boolean };

const QUESTIONS: readonly Question[] = [
  { key: 'superior', vi: 'Tên cơ quan cấp trên (để trống nếu không có)', en: 'Superior body (blank if none)', required: false },
  { key: 'body', vi: 'Tên cơ quan ban hành (các dòng cách nhau bằng |)', en: 'Issuing body (lines separated by |)', required: true, list: true },
  { key: 'code', vi: 'Ký hiệu cơ quan, ví dụ ĐUK', en: 'Issuing-body code, e.g. ĐUK', required: true },
  { key: 'place', vi: 'Địa danh', en: 'Place', required: false },
  { key: 'term', vi: 'Nhiệm kỳ, ví dụ 2020-2025', en: 'Term, e.g. 2020-2025', required: false },
  { key: 'termStart', vi: 'Ngày bắt đầu nhiệm kỳ, ví dụ 15/10/2020', en: 'Term start date, e.g. 2020-10-15', required: false },
  { key: 'signerAuthority', vi: 'Quyền hạn ký, ví dụ T/M BAN THƯỜNG VỤ', en: 'Signing authority, e.g. T/M BAN THƯỜNG VỤ', required: false },
  { key: 'signerTitle', vi: 'Chức vụ người ký', en: 'Signer title', required: false },
  { key: 'signerName', vi: 'Họ tên người ký', en: 'Signer name', required: false },
];

/** Writes the config and, if there is none yet, an empty register beside it; returns the config's path. */
export async function initConfigCommand(io: Io, options: InitConfigOptions, lang: Lang, sources: Map<string, string>): Promise<string> {
  const path = join(options.dir ?? '.', CONFIG_FILE);
  if (existsSync(path) && !options.force) throw new InputError([diagnostic('config-exists', path, undefined, { path })]);
  const answers = (io.stdin as { isTTY?: boolean }).isTTY ? await ask(io, options, lang) : options;
  const missing = QUESTIONS.filter((q) => q.required && !answers[q.key]).map((q) => `--${q.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  if (missing.length > 0) {
    const detail = lang === 'vi' ? `Thiếu ${missing.join(', ')}.` : `Missing ${missing.join(', ')}.`;
    throw new InputError([diagnostic('usage', 'congvan init --config', undefined, { detail })]);
  }
  const text = configText(answers);
  sources.set(path, text);
  parseConfig(text, path); // the same checks as when it is read
  writeFileAtomic(path, Buffer.from(text, 'utf8'));
  // The register is created here, on purpose, once; an existing one is kept as it is.
  const register = registerPathFor(path);
  if (!existsSync(register)) Register.open(register, { create: true }).close();
  return path;
}

async function ask(io: Io, given: InitConfigOptions, lang: Lang): Promise<InitConfigOptions> {
  // Lines are read through the iterator, which buffers them: answers pasted at once are kept.
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Record<string, unknown> = { ...given };
  try {
    for (const q of QUESTIONS) {
      if (answers[q.key] !== undefined) continue;
      io.stderr.write(`${lang === 'vi' ? q.vi : q.en}: `);
      const next = await lines.next();
      if (next.done) break;
      const answer = String(next.value).trim();
      if (answer) answers[q.key] = q.list ? answer.split('|').map((l) => l.trim()).filter(Boolean) : answer;
    }
  } finally {
    rl.close();
  }
  return answers as InitConfigOptions;
}

function configText(o: InitConfigOptions): string {
  const signer = o.signerName ? { quyen_han: o.signerAuthority, chuc_vu: o.signerTitle, ho_ten: o.signerName } : undefined;
  const data = {
    ho_so: o.profile,
    co_quan: { cap_tren: o.superior, ten: o.body?.length === 1 ? o.body[0] : o.body, ky_hieu: o.code },
    dia_danh: o.place,
    nhiem_ky: o.term || o.termStart ? { ten: o.term, bat_dau: o.termStart } : undefined,
    ky: signer,
    noi_nhan: o.recipient,
  };
  const header = '# Hồ sơ cơ quan cho congvan: mặc định cho mọi văn bản trong thư mục này và các thư mục con.\n' +
    '# Văn bản ghi trường nào thì dùng trường của văn bản. Sổ văn bản đi: so-van-ban-di.sqlite (cùng thư mục).\n';
  return header + stringify(data, { lineWidth: 0 });
}
