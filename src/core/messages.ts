// Every message the tool prints to a person, by stable code, in Vietnamese and English.
export type Lang = 'vi' | 'en';
export type MessageArgs = Record<string, string | number>;

export type Entry = { vi: string; en: string; hint?: { vi: string; en: string } };

const RESTORE_HINT = {
  vi: 'Khôi phục từ bản sao: congvan register restore <bản sao> (bản sao tự động trong so-van-ban-di.sao-luu/).',
  en: 'Restore a backup: congvan register restore <backup> (automatic backups are in so-van-ban-di.sao-luu/).',
};

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
  'yaml-colon-item': {
    vi: 'Dòng "{example}" có chứa ": " nên YAML hiểu nhầm thành một khóa và giá trị, không phải một dòng chữ.',
    en: 'The line "{example}" contains ": ", which YAML reads as a key and a value, not as a line of text.',
    hint: { vi: 'Đặt cả dòng trong ngoặc kép: - "{example}"', en: 'Put the whole line in double quotes: - "{example}"' },
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
  'number-with-code': {
    vi: '"so" chỉ ghi số thứ tự của văn bản, không ghi cả "{value}".',
    en: '"so" holds only the serial number of the document, not the whole "{value}".',
    hint: {
      vi: 'Viết so: "{digits}". Chữ "Số" (không có dấu hai chấm), ký hiệu thể loại (theo loai hoặc so_ky_hieu.loai) và ký hiệu cơ quan (co_quan.ky_hieu) do congvan tự in.',
      en: 'Write so: "{digits}". The word "Số" (with no colon), the type code (from loai or so_ky_hieu.loai) and the body code (co_quan.ky_hieu) are printed by congvan.',
    },
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
    vi: '"ten" chỉ dùng với phan, chuong, muc, dieu, không dùng với {kind}.',
    en: '"ten" goes with phan, chuong, muc or dieu, not with {kind}.',
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
  // The signature forms: one message per concept, for the loader (which refuses a YAML
  // input) and the check rules (src/core/model/signature-forms.ts).
  'signature-state-prefix': {
    vi: '"{prefix}" là thể thức văn bản nhà nước; văn bản của Đảng viết "{party}".',
    en: '"{prefix}" is the state form; a Party document writes "{party}".',
    hint: {
      vi: 'Quyền hạn ký viết in hoa, có gạch chéo, không dấu chấm: T/M, K/T, T/L.',
      en: 'Write the signing authority in capitals, with a slash and no full stop: T/M, K/T, T/L.',
    },
  },
  'signature-mixed': {
    vi: 'Quyền hạn ký "{value}" ghép hai thể thức; văn bản của Đảng chỉ dùng một (T/M, K/T hoặc T/L).',
    en: 'The signing authority "{value}" combines two forms; Party documents use one (T/M, K/T or T/L).',
    hint: {
      vi: 'Phó bí thư ký thay mặt ban thường vụ: T/M BAN THƯỜNG VỤ, dòng dưới PHÓ BÍ THƯ.',
      en: 'A deputy secretary signs for the standing committee: T/M BAN THƯỜNG VỤ, then PHÓ BÍ THƯ on the next line.',
    },
  },
  'signature-kt-collective': {
    vi: 'Không ký K/T (ký thay) cho tập thể "{body}"; tập thể lãnh đạo ký T/M (thay mặt).',
    en: 'K/T is never used for the collective body "{body}"; collective bodies sign T/M.',
    hint: {
      vi: 'Viết "T/M {body}"; cấp phó ghi chức vụ của mình ở dòng dưới (ví dụ PHÓ BÍ THƯ).',
      en: 'Write "T/M {body}"; a deputy puts their own title on the next line (e.g. PHÓ BÍ THƯ).',
    },
  },
  'signature-tm-advisory': {
    vi: '"T/M {body}": T/M chỉ đứng trước tên một tập thể (ví dụ T/M BAN THƯỜNG VỤ); người đứng đầu cơ quan tham mưu ký trực tiếp.',
    en: '"T/M {body}": T/M only precedes a collective body (e.g. T/M BAN THƯỜNG VỤ); the head of an advisory body signs directly.',
    hint: {
      vi: 'Cấp trưởng ký trực tiếp (không ghi quyền hạn ký), cấp phó ký "K/T TRƯỞNG BAN" rồi ghi chức vụ của mình.',
      en: 'The head signs directly (no authority line); a deputy signs "K/T TRƯỞNG BAN" and then their own title.',
    },
  },
  'file-read': {
    vi: 'Không đọc được tệp: {detail}',
    en: 'Cannot read the file: {detail}',
  },
  'encoding-windows-1258': {
    vi: 'Tệp không phải UTF-8: có vẻ là Windows-1258 (CSV/văn bản do Excel hay Notepad trên Windows tiếng Việt lưu).',
    en: 'The file is not UTF-8: it looks like Windows-1258 (CSV or text saved by Excel or Notepad on Vietnamese Windows).',
    hint: {
      vi: 'Thêm --encoding windows-1258, hoặc lưu lại tệp dạng "CSV UTF-8" / "UTF-8".',
      en: 'Add --encoding windows-1258, or save the file again as "CSV UTF-8" / "UTF-8".',
    },
  },
  'encoding-tcvn3': {
    vi: 'Tệp không phải UTF-8: có vẻ là bảng mã TCVN3 (ABC, phông .Vn…).',
    en: 'The file is not UTF-8: it looks like the TCVN3 (ABC, .Vn fonts) encoding.',
    hint: {
      vi: 'Thêm --encoding tcvn3, hoặc chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã).',
      en: 'Add --encoding tcvn3, or convert the file to Unicode with Unikey (its converter).',
    },
  },
  'encoding-vni': {
    vi: 'Tệp không phải UTF-8: có vẻ là bảng mã VNI (phông VNI-…).',
    en: 'The file is not UTF-8: it looks like the VNI encoding (VNI-… fonts).',
    hint: {
      vi: 'Chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã: nguồn VNI Windows, đích Unicode), rồi lưu dạng UTF-8.',
      en: 'Convert it to Unicode with Unikey (its converter: from VNI Windows to Unicode), then save as UTF-8.',
    },
  },
  'encoding-other': {
    vi: 'Tệp không phải văn bản UTF-8.',
    en: 'The file is not UTF-8 text.',
    hint: {
      vi: 'Lưu lại tệp dạng UTF-8, hoặc cho biết bảng mã bằng --encoding <tên> (ví dụ windows-1258, tcvn3).',
      en: 'Save the file as UTF-8, or name its encoding with --encoding <name> (e.g. windows-1258, tcvn3).',
    },
  },
  'encoding-unknown': {
    vi: 'Không biết bảng mã "{encoding}".',
    en: 'Unknown encoding "{encoding}".',
    hint: { vi: 'Ví dụ: --encoding windows-1258, --encoding tcvn3, --encoding utf-16le.', en: 'For example: --encoding windows-1258, --encoding tcvn3, --encoding utf-16le.' },
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
  'placeholder-empty': {
    vi: 'Ô "{name}" của hàng này trống: chỗ điền {{{name}}} sẽ bị bỏ trống.',
    en: 'The cell "{name}" of this row is empty: the placeholder {{{name}}} would print nothing.',
    hint: { vi: 'Điền ô đó, hoặc thêm --allow-empty nếu để trống là cố ý.', en: 'Fill the cell, or add --allow-empty if leaving it empty is intended.' },
  },
  'name-placeholder': {
    vi: '--name dùng {{{name}}} nhưng {item} không có cột "{name}".',
    en: '--name uses {{{name}}} but {itemEn} has no column "{name}".',
    hint: { vi: 'Các cột có: {columns}.', en: 'The columns are: {columns}.' },
  },
  'data-syntax': {
    vi: 'Tệp dữ liệu sai cú pháp: {detail}',
    en: 'The data file is malformed: {detailEn}',
    hint: { vi: 'Kiểm tra dấu ngoặc, dấu phẩy và ngoặc kép ở chỗ này.', en: 'Check the brackets, commas and quotes here.' },
  },
  'data-header-duplicate': {
    vi: 'Hàng tiêu đề có hai cột tên "{column}".',
    en: 'The header row has two columns named "{column}".',
    hint: { vi: 'Đổi tên một trong hai cột: chỗ điền {{tên_cột}} cần biết lấy cột nào.', en: 'Rename one of them: a placeholder {{column}} must know which one to take.' },
  },
  'data-not-rows': {
    vi: 'Tệp dữ liệu phải là một danh sách các hàng, mỗi hàng gồm "tên cột: giá trị".',
    en: 'The data file must be a list of rows, each a mapping of column names to values.',
  },
  'data-value': {
    vi: 'Hàng {row}, cột "{column}": giá trị phải là chữ hoặc số, không phải danh sách hay nhóm khóa.',
    en: 'Row {row}, column "{column}": the value must be text or a number, not a list or mapping.',
  },
  'data-cells': {
    vi: 'Hàng này có {cells} ô, nhưng hàng tiêu đề có {header} cột (dấu phân cách: {delimiter}).',
    en: 'This row has {cells} cells, but the header row has {header} columns (delimiter: {delimiter}).',
    hint: {
      vi: 'Một giá trị có dấu phân cách thì đặt trong ngoặc kép; nếu tệp dùng dấu khác, thêm --delimiter ";" (hoặc "," hay tab).',
      en: 'Quote a value that contains the delimiter; if the file uses another one, add --delimiter ";" (or "," or tab).',
    },
  },
  'data-quote': {
    vi: 'Dấu ngoặc kép không khép hoặc đặt sai chỗ (dấu phân cách: {delimiter}).',
    en: 'A quote is not closed, or is out of place (delimiter: {delimiter}).',
    hint: {
      vi: 'Ngoặc kép bên trong một giá trị viết thành hai dấu ""; nếu tệp dùng dấu phân cách khác, thêm --delimiter.',
      en: 'Write a quote inside a quoted value as two quotes ""; if the file uses another delimiter, add --delimiter.',
    },
  },
  'data-delimiter-unknown': {
    vi: 'Dấu phân cách "{delimiter}" không dùng được.',
    en: 'The delimiter "{delimiter}" is not supported.',
    hint: { vi: 'Dùng --delimiter "," hoặc ";" hoặc tab hoặc "|".', en: 'Use --delimiter "," or ";" or tab or "|".' },
  },
  'data-format': {
    vi: 'Không đọc được {file}: chỉ nhận .xlsx, .csv, .json, .yaml.',
    en: 'Cannot read {file}: only .xlsx, .csv, .json and .yaml are read.',
    hint: { vi: 'Mở tệp trong Excel hay LibreOffice rồi lưu dạng .xlsx (Excel Workbook) hoặc CSV UTF-8.', en: 'Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or CSV UTF-8.' },
  },
  'data-xlsx': {
    vi: 'Không đọc được bảng tính .xlsx: {detail}',
    en: 'Cannot read the .xlsx workbook: {detail}',
    hint: { vi: 'Mở tệp trong Excel hay LibreOffice và lưu lại dạng .xlsx (Excel Workbook).', en: 'Open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook).' },
  },
  'data-xlsx-size': {
    vi: 'Bảng tính giải nén ra hơn {limit}: không đọc (quá lớn cho một danh sách trộn thư, hoặc là tệp hỏng).',
    en: 'The workbook unpacks to more than {limit}: not read (too large for a mail-merge list, or a broken file).',
    hint: { vi: 'Chỉ giữ trang danh sách cần trộn, hoặc lưu trang đó dạng CSV UTF-8.', en: 'Keep only the sheet with the list, or save that sheet as CSV UTF-8.' },
  },
  'data-sheet': {
    vi: 'Bảng tính không có trang "{sheet}".',
    en: 'The workbook has no sheet "{sheet}".',
    hint: { vi: 'Các trang có: {sheets}. Chọn bằng --sheet <tên hoặc số thứ tự>.', en: 'Its sheets are: {sheets}. Choose one with --sheet <name or number>.' },
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
  'render-missing': {
    vi: 'Không tìm thấy {tool}, cần cho việc in thử (check --render, preview).',
    en: '{tool} was not found; it is needed to print the pages (check --render, preview).',
    hint: { vi: 'Cài đặt: {install} (hoặc đặt CONGVAN_SOFFICE là đường dẫn tới soffice).', en: 'Install it: {install} (or set CONGVAN_SOFFICE to the soffice path).' },
  },
  'render-failed': {
    vi: 'Không in thử được: {detail}',
    en: 'The pages could not be printed: {detail}',
  },
  'preview-file-type': {
    vi: 'Không xem trước được "{file}": chỉ nhận tệp .yaml, .yml hoặc .docx.',
    en: 'Cannot preview "{file}": only .yaml, .yml and .docx files.',
  },
  'preview-pages': {
    vi: 'Khoảng trang "{pages}" không có trong văn bản ({count} trang).',
    en: 'The page range "{pages}" is not in the document ({count} pages).',
    hint: { vi: 'Viết --pages 1 hoặc --pages 1-2.', en: 'Write --pages 1 or --pages 1-2.' },
  },
  'pdf-not-docx': {
    vi: 'congvan pdf chỉ nhận tệp DOCX; "{file}" không phải tệp DOCX nên không được chuyển.',
    en: 'congvan pdf takes only DOCX files; "{file}" is not one, so it was not converted.',
    hint: { vi: 'Tệp YAML thì dựng kèm PDF: {command}', en: 'For a YAML file, build it with its PDF: {command}' },
  },
  'profile-unknown': {
    vi: 'Không có hồ sơ thể thức "{name}".',
    en: 'There is no format profile "{name}".',
    hint: { vi: 'Các hồ sơ có sẵn: {allowed}.', en: 'Available profiles: {allowed}.' },
  },
  'profile-invalid': {
    vi: 'Hồ sơ thể thức không hợp lệ: {detail}',
    en: 'Invalid format profile: {detailEn}',
  },
  'template-error': {
    vi: 'Mẫu "{template}" lỗi: {detail}',
    en: 'Template "{template}" failed: {detail}',
  },
  'docx-read': {
    vi: 'Không đọc được tệp Word: {detail}',
    en: 'Cannot read the Word file: {detail}',
    hint: { vi: 'Mở và lưu lại tệp bằng Word hoặc LibreOffice ở dạng .docx.', en: 'Open and save the file again as .docx in Word or LibreOffice.' },
  },
  'check-file-type': {
    vi: 'Không kiểm tra được "{file}": chỉ nhận tệp .yaml, .yml hoặc .docx.',
    en: 'Cannot check "{file}": only .yaml, .yml and .docx files.',
  },
  'config-invalid': {
    vi: 'Tệp cấu hình: {detail}',
    en: 'Config file: {detailEn}',
  },
  'config-unknown-rule': {
    vi: 'Tệp cấu hình nhắc đến quy tắc "{rule}" không có.',
    en: 'The config file names an unknown rule "{rule}".',
    hint: { vi: 'Xem danh sách ở docs/rules.md.{suggestion}', en: 'See docs/rules.md for the list.{suggestionEn}' },
  },
  'init-exists': {
    vi: 'Tệp "{path}" đã có; không ghi đè.',
    en: 'The file "{path}" already exists; it is not overwritten.',
    hint: { vi: 'Chọn tên khác: congvan init {type} -o <tệp.yaml>', en: 'Choose another name: congvan init {type} -o <file.yaml>' },
  },
  'signer-unknown': {
    vi: 'Không có người ký "{name}" trong nguoi_ky của congvan.config.yaml.',
    en: 'There is no signer "{name}" under nguoi_ky in congvan.config.yaml.',
    hint: { vi: 'Người ký đã khai báo: {known}.', en: 'Declared signers: {known}.' },
  },
  'number-given': {
    vi: 'Văn bản đã có số "{value}", nên không cấp số mới (--assign-number).',
    en: 'The document already has the number "{value}", so no new number is assigned (--assign-number).',
    hint: { vi: 'Xóa dòng so, hoặc viết so: auto.', en: 'Remove the so line, or write so: auto.' },
  },
  'number-auto': {
    vi: 'so: auto cần lấy số từ sổ văn bản đi.',
    en: 'so: auto needs a number from the register.',
    hint: {
      vi: 'Dựng bằng congvan build (có congvan.config.yaml), hoặc viết số cụ thể, ví dụ so: "05".',
      en: 'Build with congvan build (with a congvan.config.yaml), or write the number, e.g. so: "05".',
    },
  },
  'config-missing': {
    vi: 'Không tìm thấy congvan.config.yaml ở thư mục này hoặc thư mục cha; sổ văn bản đi và cấp số tự động cần tệp này.',
    en: 'No congvan.config.yaml in this folder or a parent; the register and automatic numbering need one.',
    hint: { vi: 'Tạo bằng: congvan init --config', en: 'Create one with: congvan init --config' },
  },
  'term-missing': {
    vi: 'Cấp số tự động cần nhiệm kỳ: số chạy từ 01 cho mỗi thể loại trong một nhiệm kỳ.',
    en: 'Automatic numbering needs the term: numbers run from 01 per type within a term.',
    hint: {
      vi: 'Thêm vào tệp này:\n    nhiem_ky:\n      ten: 2020-2025\n      bat_dau: 2020-10-15',
      en: 'Add to this file:\n    nhiem_ky:\n      ten: 2020-2025\n      bat_dau: 2020-10-15',
    },
  },
  'number-pending': {
    vi: 'Số {kyHieu} vẫn được giữ cho văn bản này trong sổ; dựng lại sẽ dùng đúng số đó.',
    en: 'The number {kyHieu} stays reserved for this document; building it again uses the same number.',
    hint: {
      vi: 'Nếu không ban hành văn bản này: congvan register cancel {kyHieu} --reason "…"',
      en: 'If the document will not be issued: congvan register cancel {kyHieu} --reason "…"',
    },
  },
  'register-missing': {
    vi: 'Không có sổ văn bản đi ở đây.',
    en: 'There is no register here.',
    hint: {
      vi: 'Lần đầu dùng: congvan register init. Nếu sổ bị mất: congvan register restore <bản sao> (bản sao tự động trong so-van-ban-di.sao-luu/).',
      en: 'First use: congvan register init. If the register was lost: congvan register restore <backup> (automatic backups are in so-van-ban-di.sao-luu/).',
    },
  },
  'register-exists': {
    vi: 'Đã có tệp sổ văn bản đi ở đây; không tạo lại, không ghi đè.',
    en: 'A register file is already here; it is neither re-created nor overwritten.',
    hint: { vi: 'Xem sổ: congvan register check', en: 'Check it: congvan register check' },
  },
  'register-empty': {
    vi: 'Tệp sổ văn bản đi rỗng (0 byte); không dùng và không sửa tệp này, để không cấp lại số từ 01.',
    en: 'The register file is empty (0 bytes); it is left untouched, so numbering does not restart at 01.',
    hint: RESTORE_HINT,
  },
  'register-truncated': {
    vi: 'Tệp sổ văn bản đi bị cắt cụt (ngắn hơn kích thước ghi trong tệp); không dùng và không sửa tệp này.',
    en: 'The register file is truncated (shorter than its header says); it is left untouched.',
    hint: RESTORE_HINT,
  },
  'register-corrupt': {
    vi: 'Tệp sổ văn bản đi bị hỏng hoặc không phải cơ sở dữ liệu SQLite; không dùng và không sửa tệp này.',
    en: 'The register file is damaged or is not an SQLite database; it is left untouched.',
    hint: RESTORE_HINT,
  },
  'register-foreign': {
    vi: 'Tệp này không phải sổ văn bản đi của congvan; không dùng và không sửa tệp này.',
    en: 'This file is not a congvan register; it is left untouched.',
    hint: RESTORE_HINT,
  },
  'register-backup': {
    vi: 'Không sao lưu được sổ văn bản đi trước khi ghi: {detail}',
    en: 'Cannot back up the register before writing to it: {detail}',
    hint: { vi: 'Kiểm tra quyền ghi và chỗ trống của thư mục sổ.', en: 'Check the register folder is writable and has free space.' },
  },
  'register-file-changed': {
    vi: 'Tệp {output} của số {kyHieu} đã bị sửa sau khi ban hành (sha256 khác với trong sổ).',
    en: 'The file {output} of {kyHieu} has changed since it was issued (its sha256 differs from the register).',
    hint: { vi: 'Bản đã ban hành có sha256 {sha256}.', en: 'The issued file has sha256 {sha256}.' },
  },
  'register-file-missing': {
    vi: 'Không thấy tệp {output} của số {kyHieu}.',
    en: 'The file {output} of {kyHieu} is missing.',
  },
  'number-issued-changed': {
    vi: 'Số {kyHieu} đã ban hành cho tệp này (ngày {date}) nhưng nội dung trong sổ nay khác: {fields}. Không cấp lại số đó, không ghi tệp.',
    en: 'The number {kyHieu} was issued for this file (dated {date}), but now differs in: {fields}. The number is not reused and nothing is written.',
    hint: {
      vi: 'Văn bản mới: lưu thành tệp YAML khác rồi dựng (được số mới). Sửa văn bản đã ban hành: congvan register cancel {kyHieu} --reason "…" rồi dựng lại (được số mới).',
      en: 'A new document: save it as another YAML file and build that (it gets a new number). To replace the issued one: congvan register cancel {kyHieu} --reason "…", then build again (a new number).',
    },
  },
  'number-unconfirmed': {
    vi: 'Đã xóa {output}: sổ không ghi nhận được số {kyHieu}, nên không để lại văn bản mang số đó.',
    en: 'Removed {output}: the register could not record {kyHieu}, so no document carrying that number is left behind.',
  },
  'native-module': {
    vi: 'Không nạp được better-sqlite3 (sổ văn bản đi) trên Node {node}: mô-đun được biên dịch cho phiên bản Node khác ({detail}).',
    en: 'Cannot load better-sqlite3 (the register) on Node {node}: the module was built for another Node version ({detail}).',
    hint: {
      vi: 'Sau khi nâng cấp Node, chạy: npm rebuild better-sqlite3 (trong thư mục dự án), hoặc cài lại: npm install -g congvan',
      en: 'After a Node upgrade run: npm rebuild better-sqlite3 (in the project folder), or reinstall: npm install -g congvan',
    },
  },
  'register-newer': {
    vi: 'Sổ văn bản đi do phiên bản congvan mới hơn tạo (phiên bản dữ liệu {version}, bản này đọc được đến {supported}); không dùng tệp này.',
    en: 'The register was written by a newer congvan (data version {version}; this one reads up to {supported}); it is left untouched.',
    hint: { vi: 'Cập nhật congvan.', en: 'Update congvan.' },
  },
  'register-busy': {
    vi: 'Sổ văn bản đi đang bị một tiến trình khác khóa quá lâu.',
    en: 'The register has been locked by another process for too long.',
    hint: { vi: 'Thử lại sau giây lát.', en: 'Try again in a moment.' },
  },
  'register-open': {
    vi: 'Không mở được sổ văn bản đi: {detail}',
    en: 'Cannot open the register: {detail}',
  },
  'register-write': {
    vi: 'Không ghi được vào sổ văn bản đi: {detail}',
    en: 'Cannot write to the register: {detail}',
  },
  'register-gap': {
    vi: 'Thiếu số {numbers} (loại {typeCode}, nhiệm kỳ {term}).',
    en: 'Missing numbers {numbers} (type {typeCode}, term {term}).',
  },
  'register-duplicate': {
    vi: 'Số {number} (loại {typeCode}, nhiệm kỳ {term}) được vào sổ {count} lần.',
    en: 'Number {number} (type {typeCode}, term {term}) is entered {count} times.',
  },
  'register-pending': {
    vi: 'Số {kyHieu} đã cấp cho {source} nhưng tệp chưa ghi xong.',
    en: 'The number {kyHieu} was given to {source}, but its file was never written.',
    hint: {
      vi: 'Dựng lại văn bản đó, hoặc: congvan register cancel {kyHieu} --reason "…"',
      en: 'Build that document again, or: congvan register cancel {kyHieu} --reason "…"',
    },
  },
  'register-integrity': {
    vi: 'Kiểm tra toàn vẹn SQLite: {detail}',
    en: 'SQLite integrity check: {detail}',
  },
  'entry-not-found': {
    vi: 'Không có số "{number}" trong sổ văn bản đi.',
    en: 'There is no number "{number}" in the register.',
    hint: { vi: 'Xem danh sách: congvan register list', en: 'See the list: congvan register list' },
  },
  'entry-ambiguous': {
    vi: 'Số "{number}" có ở nhiều loại hoặc nhiệm kỳ: {matches}.',
    en: 'The number "{number}" exists in several types or terms: {matches}.',
    hint: { vi: 'Ghi đủ số ký hiệu (ví dụ 05-CV) hoặc thêm --type, --term.', en: 'Give the full ký hiệu (e.g. 05-CV) or add --type, --term.' },
  },
  'entry-cancelled': {
    vi: 'Số {kyHieu} đã bị hủy trước đó ({reason}).',
    en: 'The number {kyHieu} is already cancelled ({reason}).',
  },
  'csv-columns': {
    vi: 'Tệp CSV thiếu cột: {missing}.',
    en: 'The CSV file lacks the columns: {missing}.',
    hint: {
      vi: 'Dòng đầu là tên cột, như tệp của congvan register export --csv.',
      en: 'The first line names the columns, as in a congvan register export --csv file.',
    },
  },
  'csv-value': {
    vi: 'Dòng {line}: cột "{column}" có giá trị "{value}" không hợp lệ.',
    en: 'Line {line}: column "{column}" has an invalid value "{value}".',
  },
  'csv-clash': {
    vi: 'Số {kyHieu} (nhiệm kỳ {term}) đã có trong sổ; không nhập gì.',
    en: 'The number {kyHieu} (term {term}) is already in the register; nothing was imported.',
  },
  'config-exists': {
    vi: 'Đã có tệp {path}; không ghi đè.',
    en: '{path} already exists; it is not overwritten.',
    hint: { vi: 'Sửa trực tiếp tệp đó, hoặc thêm --force.', en: 'Edit that file, or add --force.' },
  },
  'usage': {
    vi: '{detail}',
    en: '{detail}',
  },
  // Safety: outputs, OS errors, bounded input (issue 11).
  'os-error': {
    vi: 'Không thực hiện được với "{path}": {reason}.',
    en: 'Cannot use "{path}": {reasonEn}.',
    hint: { vi: 'Kiểm tra thư mục có tồn tại, quyền ghi và chỗ trống trên đĩa.', en: 'Check that the folder exists, that you may write there, and the free disk space.' },
  },
  'output-os-error': {
    vi: 'Không ghi được tệp kết quả "{path}": {reason}.',
    en: 'Cannot write the output file "{path}": {reasonEn}.',
    hint: { vi: 'Kiểm tra thư mục có tồn tại, quyền ghi và chỗ trống trên đĩa.', en: 'Check that the folder exists, that you may write there, and the free disk space.' },
  },
  'output-is-input': {
    vi: 'Tệp kết quả "{path}" chính là tệp đầu vào; không ghi đè.',
    en: 'The output "{path}" is the input file itself; it is not overwritten.',
    hint: { vi: 'Chọn một tên khác cho -o, ví dụ "{suggestion}".', en: 'Choose another name for -o, e.g. "{suggestion}".' },
  },
  'output-not-file': {
    vi: 'Không ghi được vào "{path}": đó là {kind}, không phải một tệp thường.',
    en: 'Cannot write to "{path}": it is {kindEn}, not a regular file.',
    hint: { vi: 'Dùng -o với một tên tệp mới hoặc một tệp thường đã có; "-o -" để ghi ra stdout.', en: 'Give -o a new file name or an existing regular file; "-o -" writes to stdout.' },
  },
  'output-terminal': {
    vi: 'Không in tệp DOCX (dữ liệu nhị phân) ra màn hình.',
    en: 'A DOCX (binary data) is not written to a terminal.',
    hint: { vi: 'Thêm -o <tệp.docx>, hoặc chuyển hướng: congvan build - > ra.docx', en: 'Add -o <file.docx>, or redirect: congvan build - > out.docx' },
  },
  'input-not-file': {
    vi: 'Không đọc "{path}": đó là {kind}, không phải một tệp thường.',
    en: 'Not reading "{path}": it is {kindEn}, not a regular file.',
  },
  'input-too-large': {
    vi: 'Tệp "{path}" quá lớn: hơn {limit} (giới hạn của congvan).',
    en: 'The file "{path}" is too large: over {limit} (the congvan limit).',
  },
  'yaml-alias-undefined': {
    vi: 'Bí danh "*{name}" chưa được định nghĩa (chưa có "&{name}" ở phía trên).',
    en: 'The alias "*{name}" is not defined (no "&{name}" above it).',
    hint: { vi: 'Viết thẳng giá trị, hoặc đặt ký hiệu "*" trong ngoặc kép nếu đó là chữ.', en: 'Write the value itself, or quote the "*" if it is text.' },
  },
  'yaml-alias-self': {
    vi: 'Bí danh "*{name}" nằm trong chính giá trị "&{name}" mà nó trỏ tới.',
    en: 'The alias "*{name}" is inside the very value "&{name}" it refers to.',
  },
  'yaml-alias-limit': {
    vi: 'Tệp dùng bí danh YAML quá nhiều lần (giới hạn {limit} lần mở rộng).',
    en: 'The file uses YAML aliases too many times (limit: {limit} expansions).',
    hint: { vi: 'Viết thẳng các giá trị thay cho bí danh "*…".', en: 'Write the values instead of "*…" aliases.' },
  },
  'yaml-too-deep': {
    vi: 'Tệp lồng nhau quá sâu (hơn {limit} mức).',
    en: 'The file is nested too deeply (over {limit} levels).',
  },
  'docx-too-large': {
    vi: 'Tệp .docx quá lớn khi giải nén: {detail}.',
    en: 'The .docx is too large once unpacked: {detailEn}.',
    hint: { vi: 'Một tệp Word thật hiếm khi vượt giới hạn này; tệp có thể bị hỏng hoặc cố ý làm hại.', en: 'A real Word file seldom reaches this limit; the file may be damaged or hostile.' },
  },
} satisfies Record<string, Entry>;

export type MessageId = keyof typeof MESSAGES;

/** The longest value a message quotes: a megabyte field is shown as its start and an ellipsis. */
export const MAX_EXCERPT = 120;
// Lists (valid keys, data columns) are read whole, up to a bound of their own.
const LIST_ARGS = new Set(['allowed', 'columns']);

export function fill(text: string, args: MessageArgs): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? shorten(String(args[name]), LIST_ARGS.has(name) ? 4 * MAX_EXCERPT : MAX_EXCERPT) : whole,
  );
}

/** At most `max` characters (code points), the last one an ellipsis when cut. */
export function shorten(text: string, max: number = MAX_EXCERPT): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, 2 * max));
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A line of source shown around column `col` (1-based): at most MAX_EXCERPT characters, and where the column is in it. */
export function lineWindow(line: string, col: number): { text: string; col: number } {
  if (line.length <= MAX_EXCERPT) return { text: line, col };
  const start = Math.max(0, Math.min(col - 1 - MAX_EXCERPT / 2, line.length - (MAX_EXCERPT - 2)));
  const end = Math.min(line.length, start + MAX_EXCERPT - 2);
  const text = `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
  return { text, col: col - start + (start > 0 ? 1 : 0) };
}

/** A message and its hint, for a check rule that reports the same concept as the loader. */
export function messageEntry(id: MessageId): Entry {
  return MESSAGES[id] as Entry;
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
