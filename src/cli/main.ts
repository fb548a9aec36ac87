// The commander program: the only place that turns outcomes into exit codes.
//   0 success · 1 findings (check, build --strict), or some items of a batch failed · 2 bad
//   usage, bad input, no LibreOffice for --pdf, or an internal error (never a stack trace for input)
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../core/diagnostics';
import { FindingsError } from '../core/pipeline/build-document';
import type { Lang } from '../core/messages';
import pkg from '../../package.json';
import { removeTempFiles } from '../files/atomic-write';
import { buildCommand } from './commands/build';
import { initConfigCommand, type InitConfigOptions } from './commands/init-config';
import { addRegisterCommand } from './commands/register';
import { needsBatch, type BuildManyOptions } from './commands/batch-mode';
import { findingLines, findingsJson, formatStylish, toJson } from './format-diagnostics';
import type { Io } from './io';
import { pickLang } from './lang';
import { boundJobs } from './jobs';
import { isOsError, osErrorDiagnostic } from '../files/os-error';

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
    .argument('<inputs...>', 'tệp YAML, thư mục, mẫu *.yaml, hoặc - để đọc từ stdin (YAML files, folders, globs, or - for stdin)')
    .option('-o, --output <file>', 'tệp DOCX kết quả, - để ghi ra stdout, hoặc thư mục khi dựng nhiều tệp (output file, - for stdout, or a folder for a batch)')
    .option('--profile <name>', 'hồ sơ thể thức (format profile; mặc định: ho_so của congvan.config.yaml, hoặc hd36-2018)')
    .option('--config <file>', 'hồ sơ cơ quan (organisation profile; mặc định: congvan.config.yaml gần nhất)')
    .option('--assign-number', 'lấy số tiếp theo trong sổ văn bản đi (take the next number from the register), như so: auto')
    .option('--json', 'in kết quả dạng JSON cho script (machine-readable report)')
    .option('-q, --quiet', 'không in gì khi thành công (print nothing on success)')
    .option('--data <rows>', 'trộn thư: một văn bản cho mỗi hàng của tệp CSV/JSON/YAML (mail merge: one document per row)')
    .option('--name <pattern>', 'tên tệp theo dữ liệu, ví dụ "{{so}}-{{don_vi}}.docx" (output names from the data)')
    .option('--fail-fast', 'dừng ở lỗi đầu tiên (stop at the first failure)')
    .option('--skip-existing', 'bỏ qua tệp kết quả đã có, để chạy tiếp (skip outputs that exist, to resume)')
    .option('--pdf', 'xuất thêm PDF qua LibreOffice (also write PDFs through LibreOffice)')
    .addOption(new Option('-j, --jobs <n>', 'số luồng dựng song song (worker threads; default: all cores for large batches)').argParser((v) => boundJobs(parseWholeNumber(v))))
    .option('--strict', 'lỗi thể thức (congvan check) dừng việc dựng tệp (format findings stop the build)')
    .option('--encoding <name>', 'bảng mã của tệp YAML/dữ liệu không phải Unicode, ví dụ windows-1258, tcvn3 (encoding of non-Unicode input files)')
    .option('--delimiter <char>', 'dấu phân cách của tệp CSV: "," ";" tab "|" (mặc định: đoán từ hàng tiêu đề) (CSV delimiter; default: detected)')
    .option('--sheet <name|n>', 'trang của bảng tính .xlsx, theo tên hoặc số thứ tự (mặc định: trang đầu) (workbook sheet)')
    .option('--allow-empty', 'cho phép ô trống cho chỗ điền {{cot}} (allow empty cells for placeholders)')
    .action(async (inputs: string[], options: BuildManyOptions & { config?: string; assignNumber?: boolean; strict?: boolean }) => {
      const lang = pickLang(program.opts().lang, io.env);
      const input = inputs[0]!;
      try {
        if (needsBatch(inputs, options)) {
          const { buildManyCommand } = await import('./commands/build-many'); // off the single-file path
          const outcome = await buildManyCommand(io, inputs, options, lang, sources);
          exitCode = outcome.pdfFailed ? EXIT.input : outcome.failed + outcome.notRun > 0 ? EXIT.findings : EXIT.ok;
          return;
        }
        const result = await buildCommand(io, input, options, sources);
        const file = input === '-' ? '<stdin>' : input;
        if (options.json) {
          const report = { ok: true, input, output: result.output, bytes: result.bytes, number: result.kyHieu ?? null, diagnostics: findingsJson(file, result.checked, lang) };
          io.stderr.write(`${JSON.stringify(report)}\n`);
        } else if (!options.quiet) {
          if (result.checked.findings.length > 0) io.stderr.write(`${findingLines(file, result.checked, lang)}\n`);
          if (result.output !== '-') io.stderr.write(`${doneMessage(lang, result.output, result.kyHieu)}\n`);
        }
      } catch (error) {
        if (!(error instanceof FindingsError)) return void (exitCode = reportError(error, io, lang, sources, options.json ? input : undefined));
        const report = { ok: false, input, output: null, diagnostics: findingsJson(error.file, error.checked, lang) };
        io.stderr.write(options.json ? `${JSON.stringify(report)}\n` : `${findingLines(error.file, error.checked, lang)}\n`);
        exitCode = EXIT.findings;
      }
    });

  // check, the starter of init, and schema are loaded when called: `congvan build` starts without them.
  program
    .command('check')
    .description('kiểm tra thể thức tệp YAML hoặc .docx (check the format of YAML inputs and .docx files)')
    .argument('<files...>', 'tệp .yaml, .yml hoặc .docx (YAML or .docx files)')
    .addOption(new Option('--format <format>', 'dạng kết quả (output format)').choices(['stylish', 'json']).default('stylish'))
    .option('--strict', 'cảnh báo cũng tính là lỗi (warnings count as errors)')
    .option('--max-warnings <n>', 'lỗi nếu quá n cảnh báo (fail above n warnings)', parseWholeNumber)
    .option('--fix', 'sửa tệp YAML theo các quy tắc an toàn (fix YAML inputs for the safe rules)')
    .option('--profile <name>', 'hồ sơ thể thức (format profile; mặc định: ho_so của congvan.config.yaml, hoặc hd36-2018)')
    .option('--config <file>', 'hồ sơ cơ quan, có phần check: (organisation profile with its check: section; mặc định: congvan.config.yaml gần nhất)')
    .option('--encoding <name>', 'bảng mã của tệp YAML không phải Unicode, ví dụ windows-1258, tcvn3 (encoding of non-Unicode YAML files)')
    .option('--render', 'in thử bằng LibreOffice và kiểm tra cả trang in (print with LibreOffice and check the pages too)')
    .action(async (files: string[], options: import('./commands/check').CheckCommandOptions) => {
      const lang = pickLang(program.opts().lang, io.env);
      try {
        const { checkCommand } = await import('./commands/check');
        exitCode = await checkCommand(io, files, options, lang, sources);
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

  const lang = () => pickLang(program.opts().lang, io.env);
  addRegisterCommand(program, {
    io,
    sources,
    lang,
    fail: (error) => (exitCode = reportError(error, io, lang(), sources)),
    setExitCode: (code) => (exitCode = code),
  });

  program
    .command('init')
    .description('viết tệp YAML mẫu có chú thích cho một thể loại; với --config: tạo congvan.config.yaml (write a commented starter YAML; with --config: the organisation profile)')
    .argument('[type]', 'thể loại văn bản của tệp mẫu (document type of the starter)', 'cong-van')
    .option('-o, --output <file>', 'tệp mẫu, mặc định <type>.yaml; - để in ra stdout (starter file)')
    .option('--config', 'tạo congvan.config.yaml')
    .option('--dir <folder>', 'thư mục ghi tệp (mặc định: thư mục hiện tại)')
    .option('--force', 'ghi đè tệp đã có')
    .option('--profile <name>', 'hồ sơ thể thức (ho_so)')
    .option('--superior <text>', 'tên cơ quan cấp trên (co_quan.cap_tren)')
    .option('--body <line...>', 'tên cơ quan ban hành, mỗi dòng một giá trị (co_quan.ten)')
    .option('--code <code>', 'ký hiệu cơ quan (co_quan.ky_hieu)')
    .option('--place <text>', 'địa danh (dia_danh)')
    .option('--term <name>', 'nhiệm kỳ (nhiem_ky.ten)')
    .option('--term-start <date>', 'ngày bắt đầu nhiệm kỳ (nhiem_ky.bat_dau)')
    .option('--signer-authority <text>', 'quyền hạn ký (ky.quyen_han)')
    .option('--signer-title <text>', 'chức vụ người ký (ky.chuc_vu)')
    .option('--signer-name <text>', 'họ tên người ký (ky.ho_ten)')
    .option('--recipient <line...>', 'nơi nhận mặc định (noi_nhan)')
    .action(async (type: string, options: InitConfigOptions & { config?: boolean; output?: string }) => {
      try {
        const { config, output, ...rest } = options;
        if (config) {
          const written = await initConfigCommand(io, rest, lang(), sources);
          return void io.stderr.write(`${doneMessage(lang(), written)}\n`);
        }
        const { initCommand } = await import('./commands/init');
        const written = await initCommand(io, type, { output });
        if (written !== '-') io.stderr.write(`${doneMessage(lang(), written)}\n`);
      } catch (error) {
        exitCode = reportError(error, io, lang(), sources);
      }
    });

  program
    .command('completion')
    .description('in đoạn lệnh gợi ý (Tab) cho shell: bash, zsh, powershell (print a shell completion script)')
    .addArgument(new Argument('<shell>', 'bash, zsh hoặc powershell').choices(['bash', 'zsh', 'powershell']))
    .action(async (shell: 'bash' | 'zsh' | 'powershell') => {
      const { completionScript } = await import('./commands/completion');
      io.stdout.write(completionScript(shell, program));
    });

  program
    .command('pdf')
    .description('xuất PDF từ tệp DOCX qua LibreOffice (DOCX to PDF through LibreOffice)')
    .argument('<files...>', 'các tệp DOCX (DOCX files)')
    .option('-q, --quiet', 'không in gì khi thành công (print nothing on success)')
    .action(async (files: string[], options: { quiet?: boolean }) => {
      const lang = pickLang(program.opts().lang, io.env);
      try {
        const { pdfCommand } = await import('./commands/pdf');
        const pdfs = await pdfCommand(io, files);
        if (!options.quiet) for (const pdf of pdfs) io.stderr.write(`${doneMessage(lang, pdf)}\n`);
      } catch (error) {
        exitCode = reportError(error, io, lang, sources);
      }
    });

  program
    .command('preview')
    .description('xem trước các trang in thành ảnh PNG (the printed pages as PNG images, through LibreOffice)')
    .argument('<file>', 'tệp .yaml hoặc .docx (a YAML input or a .docx file)')
    .option('--pages <range>', 'các trang, ví dụ 1 hoặc 1-2 (pages, e.g. 1 or 1-2; default: all)')
    .option('-o, --output <dir>', 'thư mục ảnh (folder for the images; mặc định: cạnh tệp vào)')
    .option('--dpi <n>', 'độ phân giải (resolution, default 96)', parseWholeNumber)
    .option('--profile <name>', 'hồ sơ thể thức (format profile)')
    .option('--config <file>', 'hồ sơ cơ quan (organisation profile)')
    .option('-q, --quiet', 'không in gì khi thành công (print nothing on success)')
    .action(async (file: string, options: import('./commands/preview').PreviewOptions & { quiet?: boolean }) => {
      const lang = pickLang(program.opts().lang, io.env);
      try {
        const { previewCommand } = await import('./commands/preview');
        const images = await previewCommand(io, file, options, sources);
        if (!options.quiet) for (const image of images) io.stderr.write(`${doneMessage(lang, image)}\n`);
      } catch (error) {
        exitCode = reportError(error, io, lang, sources);
      }
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

function parseWholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('phải là số nguyên ≥ 0 (must be a whole number ≥ 0)');
  return Number(value);
}

function doneMessage(lang: Lang, output: string, number?: string): string {
  const numbered = number ? (lang === 'vi' ? ` (số ${number})` : ` (number ${number})`) : '';
  return lang === 'vi' ? `Đã tạo ${output}${numbered}` : `Wrote ${output}${numbered}`;
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
  // No permission, disk full, missing folder: the user's to fix, named with its path.
  if (isOsError(error)) return reportError(new InputError([osErrorDiagnostic(error)]), io, lang, sources, jsonInput);
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
