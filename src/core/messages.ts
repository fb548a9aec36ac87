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
  'yaml-colon-end': {
    vi: 'Dòng kết thúc bằng dấu ":" nên YAML hiểu nhầm thành một khóa.',
    en: 'The line ends with ":", which YAML reads as a key.',
    hint: { vi: 'Đặt cả dòng trong ngoặc kép: - "{example}:"', en: 'Put the whole line in double quotes: - "{example}:"' },
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
  'block-kind': {
    vi: 'Mỗi khối nội dung phải có đúng một loại, ở đây có: {found}.',
    en: 'Each body block must be exactly one kind; this one has: {found}.',
    hint: { vi: 'Các loại khối: {allowed}; hoặc viết một chuỗi cho một đoạn văn.', en: 'Block kinds: {allowed}; or a plain string for a paragraph.' },
  },
  'block-name': {
    vi: '"ten" chỉ dùng với phan, chuong, muc, không dùng với {kind}.',
    en: '"ten" goes with phan, chuong or muc, not with {kind}.',
  },
  'table-shape': {
    vi: 'Dòng {row} của bảng có {cells} ô, nhưng bảng có {columns} cột.',
    en: 'Row {row} of the table has {cells} cells, but the table has {columns} columns.',
  },
  'table-widths': {
    vi: '"do_rong" có {widths} giá trị, nhưng bảng có {columns} cột.',
    en: '"do_rong" has {widths} values, but the table has {columns} columns.',
  },
  'signature-two-signers': {
    vi: 'Chỉ biên bản mới có hai người ký cạnh nhau.',
    en: 'Only a biên bản has two signers side by side.',
    hint: { vi: 'Viết ky là một người ký (quyen_han, chuc_vu, ho_ten).', en: 'Write ky as one signer (quyen_han, chuc_vu, ho_ten).' },
  },
  'signature-state-prefix': {
    vi: '"{prefix}" là cách viết của văn bản nhà nước, văn bản của Đảng viết "{party}".',
    en: '"{prefix}" is the state format; Party documents write "{party}".',
  },
  'signature-mixed': {
    vi: 'Quyền hạn ký "{value}" ghép hai thể thức; văn bản của Đảng chỉ dùng một (T/M, K/T hoặc T/L).',
    en: 'The signing authority "{value}" combines two forms; Party documents use one (T/M, K/T or T/L).',
    hint: {
      vi: 'Phó bí thư ký thay mặt ban thường vụ: quyen_han: T/M BAN THƯỜNG VỤ, chuc_vu: PHÓ BÍ THƯ.',
      en: 'A deputy secretary signs for the standing committee: quyen_han: T/M BAN THƯỜNG VỤ, chuc_vu: PHÓ BÍ THƯ.',
    },
  },
  'signature-kt-collective': {
    vi: 'Không ký K/T (ký thay) cho tập thể "{body}"; tập thể lãnh đạo ký T/M (thay mặt).',
    en: 'K/T is never used for the collective body "{body}"; collective bodies sign T/M.',
    hint: { vi: 'Viết: quyen_han: T/M {body}', en: 'Write: quyen_han: T/M {body}' },
  },
  'signature-tm-advisory': {
    vi: 'Cơ quan tham mưu "{body}" không ký T/M: cấp trưởng ký trực tiếp, cấp phó ký K/T.',
    en: 'The advisory body "{body}" does not sign T/M: its head signs directly, a deputy signs K/T.',
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
