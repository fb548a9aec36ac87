// Every message the tool prints to a person, by stable code, in Vietnamese and English.
export type Lang = 'vi' | 'en';
export type MessageArgs = Record<string, string | number>;

type Entry = { vi: string; en: string; hint?: { vi: string; en: string } };

const MESSAGES = {
  'yaml-syntax': {
    vi: 'Lỗi cú pháp YAML: {detail}',
    en: 'YAML syntax error: {detailEn}',
    hint: {
      vi: 'Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu ngoặc kép.',
      en: 'Check the indentation (spaces, not tabs) and the quotes.',
    },
  },
  'yaml-colon': {
    vi: 'Giá trị có chứa ": " nên YAML hiểu nhầm thành một khóa mới.',
    en: 'The value contains ": ", which YAML reads as a new key.',
    hint: {
      vi: 'Đặt cả giá trị trong ngoặc kép, ví dụ: {key}: "{example}"',
      en: 'Put the whole value in double quotes, e.g. {key}: "{example}"',
    },
  },
  'yaml-not-mapping': {
    vi: 'Tệp phải là một bảng khóa: giá trị (ví dụ "loai: cong-van").',
    en: 'The file must be a mapping of keys to values (e.g. "loai: cong-van").',
  },
  'yaml-duplicate-key': {
    vi: 'Khóa "{key}" xuất hiện hai lần.',
    en: 'The key "{key}" appears twice.',
    hint: { vi: 'Xóa một trong hai dòng.', en: 'Remove one of the two lines.' },
  },
  'unknown-key': {
    vi: 'Khóa "{key}" không có trong {where}.',
    en: 'Unknown key "{key}" in {whereEn}.',
    hint: { vi: 'Có phải ý bạn là "{suggestion}"?', en: 'Did you mean "{suggestion}"?' },
  },
  'unknown-key-nohint': {
    vi: 'Khóa "{key}" không có trong {where}.',
    en: 'Unknown key "{key}" in {whereEn}.',
    hint: { vi: 'Các khóa hợp lệ: {allowed}.', en: 'Valid keys: {allowed}.' },
  },
  'missing-field': {
    vi: 'Thiếu trường bắt buộc "{key}" ({term}) trong {where}.',
    en: 'Missing required field "{key}" in {whereEn}.',
  },
  'wrong-type': {
    vi: '"{key}" phải là {expected}, nhưng đang là {actual}.',
    en: '"{key}" must be {expected}, but is {actual}.',
  },
  'empty-value': {
    vi: '"{key}" không được để trống.',
    en: '"{key}" must not be empty.',
  },
  'bad-value': {
    vi: '"{key}" có giá trị "{value}" không hợp lệ.',
    en: '"{key}" has an invalid value "{value}".',
    hint: { vi: 'Giá trị được phép: {allowed}.', en: 'Allowed values: {allowed}.' },
  },
  'bad-code': {
    vi: '"{key}" = "{value}" không phải chữ viết tắt hợp lệ.',
    en: '"{key}" = "{value}" is not a valid abbreviation.',
    hint: {
      vi: 'Viết liền, không dấu cách, không có "-" hay "/", ví dụ ĐUK, CV.',
      en: 'Write it without spaces, "-" or "/", e.g. ĐUK, CV.',
    },
  },
  'number-leading-zero': {
    vi: 'Số văn bản {raw} được viết không có ngoặc kép nên YAML đọc thành {value} và mất số 0 ở đầu.',
    en: 'The document number {raw} is unquoted, so YAML reads it as {value} and drops the leading zero.',
    hint: { vi: 'Viết: so: "{raw}"', en: 'Write: so: "{raw}"' },
  },
  'number-format': {
    vi: 'Số văn bản "{value}" phải gồm chữ số (ví dụ "1023" hoặc "05").',
    en: 'The document number "{value}" must be digits (e.g. "1023" or "05").',
  },
  'date-format': {
    vi: 'Ngày "{value}" không đúng dạng.',
    en: 'The date "{value}" is not in a known format.',
    hint: { vi: 'Viết 2023-07-19 hoặc 19/7/2023.', en: 'Write 2023-07-19 or 19/7/2023.' },
  },
  'date-impossible': {
    vi: 'Ngày "{value}" không tồn tại.',
    en: 'The date "{value}" does not exist.',
    hint: {
      vi: 'Kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày).',
      en: 'Check the day and month (February has only 28 or 29 days).',
    },
  },
  'file-read': {
    vi: 'Không đọc được tệp: {detail}',
    en: 'Cannot read the file: {detail}',
  },
  'output-write': {
    vi: 'Không ghi được tệp kết quả: {detail}',
    en: 'Cannot write the output file: {detail}',
  },
  'output-escape': {
    vi: 'Tệp kết quả "{path}" nằm ngoài thư mục được chọn "{dir}".',
    en: 'The output "{path}" is outside the chosen folder "{dir}".',
  },
  'placeholder-unknown': {
    vi: 'Chỗ điền {{{name}}} không có cột nào tên "{name}" trong dữ liệu.',
    en: 'The placeholder {{{name}}} has no column "{name}" in the data.',
    hint: { vi: 'Các cột có: {columns}.', en: 'The columns are: {columns}.' },
  },
  'placeholder-invalid': {
    vi: 'Chỗ điền "{text}" không hợp lệ.',
    en: 'The placeholder "{text}" is not valid.',
    hint: { vi: 'Giữa {{ và }} chỉ viết tên một cột (chữ, số, dấu _), ví dụ {{don_vi}}.', en: 'Put only a column name (letters, digits, _) between {{ and }}, e.g. {{don_vi}}.' },
  },
  'placeholder-unquoted': {
    vi: 'Giá trị bắt đầu bằng "{{" mà không có ngoặc kép: YAML đọc nó thành một nhóm khóa.',
    en: 'A value starts with "{{" without quotes: YAML reads it as a mapping.',
    hint: { vi: 'Đặt giá trị trong ngoặc kép, ví dụ: so: "{{so}}"', en: 'Quote the value, e.g. so: "{{so}}"' },
  },
  'name-placeholder': {
    vi: '--name dùng {{{name}}} nhưng {item} không có cột "{name}".',
    en: '--name uses {{{name}}} but {itemEn} has no column "{name}".',
    hint: { vi: 'Các cột có: {columns}.', en: 'The columns are: {columns}.' },
  },
  'data-syntax': {
    vi: 'Tệp dữ liệu lỗi: {detail}',
    en: 'The data file is malformed: {detailEn}',
  },
  'data-not-rows': {
    vi: 'Tệp dữ liệu phải là một danh sách các hàng, mỗi hàng gồm "tên cột: giá trị".',
    en: 'The data file must be a list of rows, each a mapping of column names to values.',
  },
  'data-value': {
    vi: 'Hàng {row}, cột "{column}": giá trị phải là chữ hoặc số, không phải danh sách hay nhóm khóa.',
    en: 'Row {row}, column "{column}": the value must be text or a number, not a list or mapping.',
  },
  'data-empty': {
    vi: 'Tệp dữ liệu không có hàng nào.',
    en: 'The data file has no rows.',
  },
  'name-empty': {
    vi: 'Tên tệp "{name}" của {item} không còn gì sau khi bỏ các ký tự không dùng được.',
    en: 'The file name "{name}" of {itemEn} is empty once unusable characters are removed.',
    hint: { vi: 'Kiểm tra các cột dùng trong --name có giá trị.', en: 'Check that the columns used in --name have values.' },
  },
  'name-collision': {
    vi: '{first} và {second} cho cùng một tệp kết quả "{name}". Chưa ghi tệp nào.',
    en: '{firstEn} and {secondEn} give the same output file "{name}". Nothing was written.',
    hint: { vi: 'Dùng --name với một cột khác nhau ở mỗi hàng, ví dụ --name "{{so}}-{{don_vi}}.docx".', en: 'Use --name with a column that differs between rows, e.g. --name "{{so}}-{{don_vi}}.docx".' },
  },
  'no-input': {
    vi: 'Không có tệp YAML nào ở "{pattern}".',
    en: 'No YAML file found at "{pattern}".',
  },
  'output-dir-needed': {
    vi: 'Khi dựng nhiều văn bản, -o phải là một thư mục: "{path}" là một tệp.',
    en: 'With several documents, -o must be a folder: "{path}" is a file.',
  },
  'pdf-missing': {
    vi: 'Không tìm thấy LibreOffice (soffice) để xuất PDF. Các tệp DOCX vẫn được giữ.',
    en: 'LibreOffice (soffice) was not found, so no PDF was made. The DOCX files are kept.',
    hint: { vi: 'Cài đặt: {install} (hoặc đặt CONGVAN_SOFFICE là đường dẫn tới soffice).', en: 'Install it: {install} (or set CONGVAN_SOFFICE to the soffice path).' },
  },
  'pdf-failed': {
    vi: 'LibreOffice không xuất được PDF: {detail}. Các tệp DOCX vẫn được giữ.',
    en: 'LibreOffice could not make the PDF: {detail}. The DOCX files are kept.',
  },
  'profile-unknown': {
    vi: 'Không có hồ sơ thể thức "{name}".',
    en: 'There is no format profile "{name}".',
    hint: { vi: 'Các hồ sơ có sẵn: {allowed}.', en: 'Available profiles: {allowed}.' },
  },
  'profile-invalid': {
    vi: 'Hồ sơ thể thức không hợp lệ: {detail}',
    en: 'Invalid format profile: {detail}',
  },
  'template-error': {
    vi: 'Mẫu "{template}" lỗi: {detail}',
    en: 'Template "{template}" failed: {detail}',
  },
  'usage': {
    vi: '{detail}',
    en: '{detail}',
  },
} satisfies Record<string, Entry>;

export type MessageId = keyof typeof MESSAGES;

function fill(text: string, args: MessageArgs): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

export function formatMessage(id: MessageId, args: MessageArgs, lang: Lang): string {
  return fill((MESSAGES[id] as Entry)[lang], args);
}

export function formatHint(id: MessageId, args: MessageArgs, lang: Lang): string | undefined {
  const hint = (MESSAGES[id] as Entry).hint;
  return hint ? fill(hint[lang], args) : undefined;
}

export const SEVERITY_WORD: Record<Lang, Record<'error' | 'warning', string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo' },
  en: { error: 'error', warning: 'warning' },
};
