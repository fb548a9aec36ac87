// congvan register init|list|show|export|import|cancel|check|backup|restore: the outgoing
// register (sổ văn bản đi) beside congvan.config.yaml.
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Command } from 'commander';
import { diagnostic, InputError } from '../../core/diagnostics';
import { parseDocumentDate } from '../../core/load/parse-date';
import type { Lang } from '../../core/messages';
import type { OrgConfig } from '../../index';
import { checkEntries } from '../../register/check';
import { entriesFromCsv, toCsv, toRecord } from '../../register/csv';
import { registerPathFor } from '../../register/database';
import { Register, stamp, type Entry, type Filter, type HistoryItem } from '../../register/register';
import { writeFileAtomic } from '../../files/atomic-write';
import { isOsError, osErrorDiagnostic } from '../../files/os-error';
import { resolveOutputTarget } from '../../files/output-target';
import { loadConfigFor } from '../../config/load-config';
import { formatStylish, toJson } from '../format-diagnostics';
import { writeStream, type Io } from '../io';
import { readTextFile } from '../../files/read-file';

export type CommandContext = {
  io: Io;
  sources: Map<string, string>;
  lang(): Lang;
  /** Reports an error and sets the exit code. */
  fail(error: unknown): void;
  setExitCode(code: number): void;
};

type Common = { config?: string; json?: boolean };
type Select = Common & { type?: string; term?: string };

const STATUS_WORD: Record<Lang, Record<Entry['status'], string>> = {
  vi: { issued: 'đã ban hành', reserved: 'đang chờ', cancelled: 'đã hủy' },
  en: { issued: 'issued', reserved: 'pending', cancelled: 'cancelled' },
};

export function addRegisterCommand(program: Command, ctx: CommandContext): void {
  const register = program.command('register').description('sổ văn bản đi (the outgoing register)');
  const withConfig = (c: Command) => c.option('--config <file>', 'tệp congvan.config.yaml (mặc định: tìm từ thư mục hiện tại lên)');
  const action = <A extends unknown[]>(work: (...args: A) => Promise<void>) => async (...args: A) => {
    try {
      await work(...args);
    } catch (error) {
      ctx.fail(error);
    }
  };

  withConfig(register.command('init'))
    .description('tạo sổ văn bản đi mới, rỗng (create a new, empty register)')
    .action(action(async (o: Common) => {
      const path = registerPathFor(configOf(ctx, o).file);
      Register.open(path, { create: true }).close();
      say(ctx, `Đã tạo sổ văn bản đi ${path}`, `Created the register ${path}`);
    }));

  withConfig(register.command('list'))
    .description('liệt kê văn bản (list entries)')
    .option('--type <code>', 'ký hiệu thể loại, ví dụ CV')
    .option('--term <name>', 'nhiệm kỳ')
    .option('--from <date>', 'từ ngày')
    .option('--to <date>', 'đến ngày')
    .option('--text <words>', 'tìm trong trích yếu, số ký hiệu, người ký, nơi nhận')
    .option('--json', 'in JSON')
    .action(action(async (o: Select & { from?: string; to?: string; text?: string }) => {
      const entries = await withRegister(ctx, o, false, (r) => r.entries({ ...selection(o), from: isoDate(o.from), to: isoDate(o.to), text: o.text }));
      await print(ctx, o.json ? json(entries.map(toRecord)) : entries.map((e) => listLine(e, ctx.lang())).join('\n'));
    }));

  withConfig(register.command('show'))
    .description('xem một văn bản (show one entry)')
    .argument('<so>', 'số, hoặc số ký hiệu: 05, 05-CV, 05-CV/ĐUK')
    .option('--type <code>', 'ký hiệu thể loại')
    .option('--term <name>', 'nhiệm kỳ')
    .option('--json', 'in JSON')
    .action(action(async (so: string, o: Select) => {
      const { entry, history } = await withRegister(ctx, o, false, (r) => {
        const found = findOne(r, so, o);
        return { entry: found, history: r.history(found.id) };
      });
      await print(ctx, o.json ? json({ ...toRecord(entry), lich_su: history }) : `${showLines(entry)}\n${historyLines(history, ctx.lang())}`);
    }));

  withConfig(register.command('export'))
    .description('xuất sổ ra CSV (UTF-8 có BOM, mở được bằng Excel) hoặc JSON')
    .option('--csv', 'CSV')
    .option('--json', 'JSON')
    .option('-o, --output <file>', 'tệp kết quả (mặc định: stdout)')
    .action(action(async (o: Common & { csv?: boolean; output?: string }) => {
      if (Boolean(o.csv) === Boolean(o.json)) throw usage(ctx, 'Chọn một trong --csv hoặc --json.', 'Choose one of --csv or --json.');
      const entries = await withRegister(ctx, o, false, (r) => r.entries());
      const text = o.csv ? toCsv(entries) : json(entries.map(toRecord));
      if (o.output) writeFileAtomic(o.output, Buffer.from(text, 'utf8'));
      else await writeStream(ctx.io.stdout, text);
    }));

  withConfig(register.command('import'))
    .description('nhập sổ cũ từ tệp CSV (import an older register)')
    .requiredOption('--csv <file>', 'tệp CSV (cột như của export --csv)')
    .option('--term <name>', 'nhiệm kỳ cho các dòng không có cột nhiem_ky (mặc định: nhiệm kỳ hiện tại)')
    .action(action(async (o: Common & { csv: string; term?: string }) => {
      const text = readTextFile(o.csv);
      ctx.sources.set(o.csv, text);
      const config = configOf(ctx, o);
      const entries = entriesFromCsv(text, o.csv, { term: o.term ?? config.term?.name, now: new Date() });
      const count = await withRegister(ctx, o, false, (r) => {
        osErrorsAsInput(r.path, () => r.autoBackup('import'));
        const clashes = r.import(entries);
        if (clashes.length > 0) throw new InputError(clashes.map((e) => diagnostic('csv-clash', o.csv, undefined, { kyHieu: e.kyHieu, term: e.term })));
        return entries.length;
      });
      say(ctx, `Đã nhập ${count} văn bản vào sổ.`, `Imported ${count} entries.`);
    }));

  withConfig(register.command('cancel'))
    .description('hủy một số (cancel a number; it is never reused)')
    .argument('<so>', 'số, hoặc số ký hiệu: 05, 05-CV, 05-CV/ĐUK')
    .requiredOption('--reason <text>', 'lý do hủy')
    .option('--type <code>', 'ký hiệu thể loại')
    .option('--term <name>', 'nhiệm kỳ')
    .action(action(async (so: string, o: Select & { reason: string }) => {
      const reason = o.reason.trim();
      if (!reason) throw usage(ctx, 'Cần ghi lý do hủy (--reason).', 'A reason is required (--reason).');
      const entry = await withRegister(ctx, o, false, (r) => {
        const found = findOne(r, so, o);
        if (found.status === 'cancelled') throw new InputError([diagnostic('entry-cancelled', r.path, undefined, { kyHieu: found.kyHieu, reason: found.reason ?? '' })]);
        return r.cancel(found.id, reason);
      });
      say(ctx, `Đã hủy số ${entry.kyHieu}.`, `Cancelled ${entry.kyHieu}.`);
    }));

  withConfig(register.command('check'))
    .description('kiểm tra sổ: số bị thiếu, số trùng, số chưa xong, tệp đã ban hành bị sửa hay mất (gaps, duplicates, pending, changed or missing files)')
    .option('--json', 'in JSON')
    .action(action(async (o: Common) => {
      const { findings, count, path } = await withRegister(ctx, o, false, (r) => {
        const integrity = r.integrity();
        const damaged = integrity.join('; ') === 'ok' ? [] : [diagnostic('register-integrity', r.path, undefined, { detail: integrity.join('; ') })];
        const entries = r.entries();
        return { findings: [...damaged, ...checkEntries(entries, r.path), ...checkFiles(entries, r.path)], count: entries.length, path: r.path };
      });
      if (o.json) await print(ctx, json({ ok: findings.length === 0, register: path, entries: count, diagnostics: findings.map((d) => toJson(d, ctx.lang())) }));
      else if (findings.length > 0) await print(ctx, formatStylish(findings, ctx.lang(), ctx.sources));
      else say(ctx, `Sổ văn bản đi không có lỗi (${count} số).`, `The register is consistent (${count} numbers).`);
      if (findings.length > 0) ctx.setExitCode(1);
    }));

  withConfig(register.command('backup'))
    .description('ghi một bản sao nhất quán của sổ (a consistent copy, SQLite backup API)')
    .argument('[file]', 'tệp bản sao (mặc định: cạnh sổ, có ngày giờ)')
    .action(action(async (target: string | undefined, o: Common) => {
      const written = await withRegister(ctx, o, false, async (r) => {
        const file = resolveOutputTarget(target ?? join(r.path, '..', `so-van-ban-di.backup-${stamp(new Date())}.sqlite`)).file;
        await backupTo(r, file);
        return file;
      });
      say(ctx, `Đã sao lưu sổ vào ${written}`, `Backed up the register to ${written}`);
    }));

  withConfig(register.command('restore'))
    .description('thay sổ bằng một bản sao (restore a backup; the current file is kept in so-van-ban-di.sao-luu/)')
    .argument('<backup>', 'tệp bản sao (congvan register backup, hoặc trong so-van-ban-di.sao-luu/)')
    .action(action(async (backup: string, o: Common) => {
      const path = registerPathFor(configOf(ctx, o).file);
      const aside = osErrorsAsInput(path, () => Register.restore(backup, path));
      const count = await withRegister(ctx, o, false, (r) => r.entries().length);
      const kept = aside ? (ctx.lang() === 'vi' ? ` Tệp cũ được giữ ở ${aside}.` : ` The previous file is kept as ${aside}.`) : '';
      say(ctx, `Đã khôi phục sổ từ ${backup} (${count} số).${kept}`, `Restored the register from ${backup} (${count} numbers).${kept}`);
    }));
}

/** A permission, disk-full or missing-folder error while copying the register: the path and the reason, exit 2. */
function osErrorsAsInput<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError || typeof (error as NodeJS.ErrnoException).errno !== 'number') throw error;
    throw new InputError([diagnostic('register-write', path, undefined, { detail: (error as Error).message })]);
  }
}

/** Each issued file against the sha256 the register holds for it. */
function checkFiles(entries: readonly Entry[], path: string) {
  return entries.flatMap((e) => {
    if (e.status !== 'issued' || !e.output || !e.sha256) return [];
    const file = isAbsolute(e.output) ? e.output : join(dirname(path), e.output);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return [diagnostic('register-file-missing', path, undefined, { kyHieu: e.kyHieu, output: e.output }, 'warning')];
    }
    if (createHash('sha256').update(bytes).digest('hex') === e.sha256) return [];
    return [diagnostic('register-file-changed', path, undefined, { kyHieu: e.kyHieu, output: e.output, sha256: e.sha256 }, 'warning')];
  });
}

/** The nearest congvan.config.yaml from the current folder up, or --config. */
function configOf(ctx: CommandContext, o: Common): OrgConfig {
  const config = loadConfigFor(o.config, process.cwd(), ctx.sources);
  if (!config) throw new InputError([diagnostic('config-missing', process.cwd(), undefined)]);
  return config;
}

/** Opens the register beside the config for one piece of work. */
async function withRegister<T>(ctx: CommandContext, o: Common, create: boolean, work: (r: Register) => T | Promise<T>): Promise<T> {
  const register = Register.open(registerPathFor(configOf(ctx, o).file), { create });
  try {
    return await work(register);
  } finally {
    register.close();
  }
}

/** "05", "5", "05-CV", "05-CV/ĐUK" → the one entry it names. */
function findOne(r: Register, so: string, o: Select): Entry {
  const match = /^\s*(\d{1,6})(?:-([^/\s]+))?/.exec(so);
  const number = match ? Number(match[1]) : NaN;
  const candidates = r.entries({ ...selection(o), typeCode: o.type ?? match?.[2] }).filter((e) => e.number === number);
  if (candidates.length === 0) throw new InputError([diagnostic('entry-not-found', r.path, undefined, { number: so })]);
  if (candidates.length > 1) {
    const matches = candidates.map((e) => `${e.kyHieu} (${e.term})`).join(', ');
    throw new InputError([diagnostic('entry-ambiguous', r.path, undefined, { number: so, matches })]);
  }
  return candidates[0]!;
}

const selection = (o: Select): Filter => ({ typeCode: o.type, term: o.term });

function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = parseDocumentDate(value);
  if (!date.ok) throw new InputError([diagnostic(date.reason, value, undefined, { value })]);
  return date.iso;
}

function listLine(e: Entry, lang: Lang): string {
  const status = e.status === 'issued' ? '' : ` [${STATUS_WORD[lang][e.status]}${e.reason ? `: ${e.reason}` : ''}]`;
  return `${e.kyHieu}\t${e.date}\t${e.subject}${status}`;
}

function showLines(e: Entry): string {
  const r = toRecord(e);
  return Object.entries(r)
    .map(([key, value]) => (Array.isArray(value) ? `${key}:${value.map((v) => `\n  - ${v}`).join('')}` : `${key}: ${value}`))
    .join('\n');
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

async function print(ctx: CommandContext, text: string): Promise<void> {
  if (text) await writeStream(ctx.io.stdout, `${text}\n`);
}

function say(ctx: CommandContext, vi: string, en: string): void {
  ctx.io.stderr.write(`${ctx.lang() === 'vi' ? vi : en}\n`);
}

function usage(ctx: CommandContext, vi: string, en: string): InputError {
  const detail = ctx.lang() === 'vi' ? vi : en;
  return new InputError([diagnostic('usage', 'congvan register', undefined, { detail })]);
}

const EVENT_WORD: Record<Lang, Record<HistoryItem['event'], string>> = {
  vi: { reserved: 'cấp số', updated: 'sửa (chưa ban hành)', issued: 'ban hành', reissued: 'dựng lại', cancelled: 'hủy', imported: 'nhập từ sổ cũ' },
  en: { reserved: 'reserved', updated: 'changed (not yet issued)', issued: 'issued', reissued: 'rebuilt', cancelled: 'cancelled', imported: 'imported' },
};

function historyLines(history: readonly HistoryItem[], lang: Lang): string {
  const lines = history.map((h) => {
    const changes = Object.entries(h.detail ?? {}).map(([field, [before, after]]) => `${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    return `  - ${h.at} ${EVENT_WORD[lang][h.event]}${changes.length > 0 ? ` (${changes.join('; ')})` : ''}`;
  });
  return `${lang === 'vi' ? 'lich_su' : 'history'}:${lines.length > 0 ? `\n${lines.join('\n')}` : ' —'}`;
}

/**
 * The SQLite backup API reports a missing or read-only folder in its own words ("unable to open
 * database file"): the folder is tried first, so the clerk is told which path and why.
 */
async function backupTo(register: Register, file: string): Promise<void> {
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (e) {
    if (isOsError(e)) throw new InputError([osErrorDiagnostic(e, file, true)]);
    throw e;
  }
  try {
    await register.backup(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (isOsError(e)) throw new InputError([osErrorDiagnostic(e, file, true)]);
    throw new InputError([diagnostic('output-write', file, undefined, { detail: (e as Error).message })]);
  }
}
