// The commander program: the only place that turns outcomes into exit codes.
//   0 success · 1 findings (check) · 2 bad usage, bad input, or an internal error (never a
//   stack trace for input)
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../core/diagnostics';
import type { Lang } from '../core/messages';
import pkg from '../../package.json';
import { removeTempFiles } from './atomic-write';
import { buildCommand } from './commands/build';
import { formatStylish, toJson } from './format-diagnostics';
import type { Io } from './io';
import { pickLang } from './lang';

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

export async function run(io: Io): Promise<number> {
  const onSignal = (signal: NodeJS.Signals) => {
    removeTempFiles();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    return await runProgram(io);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

async function runProgram(io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const sources = new Map<string, string>();
  const program = new Command('congvan')
    .description('Soạn văn bản của Đảng theo Hướng dẫn 36-HD/VPTW, từ YAML ra DOCX.\nParty documents (HD 36-HD/VPTW) from YAML to DOCX.')
    .version(pkg.version, '-V, --version', 'in số phiên bản (print the version)')
    .helpOption('-h, --help', 'trợ giúp (help)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo (message language)').choices(['vi', 'en']))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showSuggestionAfterError(true);

  program
    .command('build')
    .description('dựng tệp DOCX từ tệp YAML (build a DOCX from a YAML file)')
    .argument('<input>', 'tệp YAML, hoặc - để đọc từ stdin (YAML file, or - for stdin)')
    .option('-o, --output <file>', 'tệp DOCX kết quả, hoặc - để ghi ra stdout (output file, or - for stdout)')
    .option('--profile <name>', 'hồ sơ thể thức (format profile)', 'hd36-2018')
    .option('--json', 'in kết quả dạng JSON cho script (machine-readable report)')
    .option('-q, --quiet', 'không in gì khi thành công (print nothing on success)')
    .option('--strict', 'lỗi thể thức (congvan check) dừng việc dựng tệp (format findings stop the build)')
    .action(async (input: string, options: { output?: string; profile: string; json?: boolean; quiet?: boolean; strict?: boolean }) => {
      const lang = pickLang(program.opts().lang, io.env);
      try {
        const result = await buildCommand(io, input, options, sources);
        const { findingLines, findingsJson } = await import('./build-check');
        if (options.json) {
          const report = { ok: true, input, output: result.output, bytes: result.bytes, diagnostics: findingsJson(result.checked, lang) };
          io.stderr.write(`${JSON.stringify(report)}\n`);
        } else if (!options.quiet) {
          if (result.checked.findings.length > 0) io.stderr.write(`${findingLines(result.checked, lang)}\n`);
          if (result.output !== '-') io.stderr.write(`${doneMessage(lang, result.output)}\n`);
        }
      } catch (error) {
        const { FindingsError, findingLines, findingsJson } = await import('./build-check');
        if (!(error instanceof FindingsError)) return void (exitCode = reportError(error, io, lang, sources, options.json ? input : undefined));
        const report = { ok: false, input, output: null, diagnostics: findingsJson(error.report, lang) };
        io.stderr.write(options.json ? `${JSON.stringify(report)}\n` : `${findingLines(error.report, lang)}\n`);
        exitCode = EXIT.findings;
      }
    });

  // check, init and schema are loaded when called: `congvan build` starts without them.
  program
    .command('check')
    .description('kiểm tra thể thức tệp YAML hoặc .docx (check the format of YAML inputs and .docx files)')
    .argument('<files...>', 'tệp .yaml, .yml hoặc .docx (YAML or .docx files)')
    .addOption(new Option('--format <format>', 'dạng kết quả (output format)').choices(['stylish', 'json']).default('stylish'))
    .option('--strict', 'cảnh báo cũng tính là lỗi (warnings count as errors)')
    .option('--max-warnings <n>', 'lỗi nếu quá n cảnh báo (fail above n warnings)', parseCount)
    .option('--fix', 'sửa tệp YAML theo các quy tắc an toàn (fix YAML inputs for the safe rules)')
    .option('--profile <name>', 'hồ sơ thể thức (format profile)', 'hd36-2018')
    .option('--config <file>', 'tệp cấu hình, mặc định congvan.config.yaml (config file)')
    .action(async (files: string[], options: import('./commands/check').CheckCommandOptions) => {
      const lang = pickLang(program.opts().lang, io.env);
      try {
        const { checkCommand } = await import('./commands/check');
        exitCode = await checkCommand(io, files, options, lang);
      } catch (error) {
        exitCode = reportError(error, io, lang, sources);
      }
    });

  program
    .command('init')
    .description('viết tệp YAML mẫu có chú thích (write a commented starter YAML)')
    .argument('[type]', 'thể loại văn bản (document type)', 'cong-van')
    .option('-o, --output <file>', 'tệp YAML, mặc định <type>.yaml; - để in ra stdout (output file)')
    .action(async (type: string, options: { output?: string }) => {
      const lang = pickLang(program.opts().lang, io.env);
      try {
        const { initCommand } = await import('./commands/init');
        const output = await initCommand(io, type, options);
        if (output !== '-') io.stderr.write(`${doneMessage(lang, output)}\n`);
      } catch (error) {
        exitCode = reportError(error, io, lang, sources);
      }
    });

  program
    .command('schema')
    .description('in JSON Schema của tệp YAML (print the JSON Schema of the input)')
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema');
      await schemaCommand(io);
    });

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    return reportError(error, io, pickLang(undefined, io.env), sources);
  }
  return exitCode;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('phải là một số tự nhiên (must be a whole number)');
  return Number(value);
}

function doneMessage(lang: Lang, output: string): string {
  return lang === 'vi' ? `Đã tạo ${output}` : `Wrote ${output}`;
}

function reportError(error: unknown, io: Io, lang: Lang, sources: Map<string, string>, jsonInput?: string): number {
  if (error instanceof InputError) {
    if (jsonInput !== undefined) {
      const report = { ok: false, input: jsonInput, output: null, diagnostics: error.diagnostics.map((d) => toJson(d, lang)) };
      io.stderr.write(`${JSON.stringify(report)}\n`);
    } else {
      io.stderr.write(`${formatStylish(error.diagnostics, lang, sources)}\n`);
    }
    return EXIT.input;
  }
  // Not the user's fault: say so briefly; the stack only on request.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    lang === 'vi'
      ? `congvan: lỗi nội bộ: ${message}\n  (đặt CONGVAN_DEBUG=1 để xem chi tiết và báo lỗi cho nhóm phát triển)\n`
      : `congvan: internal error: ${message}\n  (set CONGVAN_DEBUG=1 for details, and please report it)\n`,
  );
  if (io.env.CONGVAN_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.input;
}
