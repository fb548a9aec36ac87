// An operating-system error (no permission, disk full, missing folder…) is the user's to fix,
// not a bug: it is reported as a diagnostic naming the path and the reason, exit 2.
import { diagnostic, InputError, type Diagnostic } from '../core/diagnostics';

type Reason = { vi: string; en: string };

const REASONS: Record<string, Reason> = {
  EACCES: { vi: 'không có quyền', en: 'permission denied' },
  EPERM: { vi: 'không được phép', en: 'operation not permitted' },
  ENOSPC: { vi: 'đĩa đầy', en: 'no space left on the disk' },
  EDQUOT: { vi: 'vượt hạn mức đĩa', en: 'disk quota exceeded' },
  ENOENT: { vi: 'không có tệp hoặc thư mục này', en: 'no such file or folder' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải thư mục', en: 'a part of the path is not a folder' },
  EISDIR: { vi: 'đây là một thư mục', en: 'it is a folder' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'read-only file system' },
  EEXIST: { vi: 'đã có', en: 'already exists' },
  EBUSY: { vi: 'tệp đang bận', en: 'the file is busy' },
  EMFILE: { vi: 'mở quá nhiều tệp', en: 'too many open files' },
  ENFILE: { vi: 'mở quá nhiều tệp', en: 'too many open files' },
  ENAMETOOLONG: { vi: 'tên quá dài', en: 'the name is too long' },
  ELOOP: { vi: 'vòng lặp liên kết tượng trưng', en: 'a loop of symbolic links' },
  EIO: { vi: 'lỗi đọc/ghi đĩa', en: 'input/output error' },
  EXDEV: { vi: 'khác ổ đĩa', en: 'on another device' },
  ETXTBSY: { vi: 'tệp đang được dùng', en: 'the file is in use' },
  EFBIG: { vi: 'tệp quá lớn', en: 'the file is too large' },
  EINVAL: { vi: 'đường dẫn không hợp lệ', en: 'invalid path' },
};

/** Writing a new file: ENOENT means its folder is missing. */
const MISSING_FOLDER: Reason = { vi: 'thư mục chứa tệp không tồn tại', en: 'its folder does not exist' };

export function isOsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
}

/** The diagnostic for an OS error on `path` (the error's own path when not given); `writing`: an output file. */
export function osErrorDiagnostic(e: NodeJS.ErrnoException, path?: string, writing = false): Diagnostic {
  const code = e.code ?? 'EIO';
  const reason = (writing && code === 'ENOENT' ? MISSING_FOLDER : REASONS[code]) ?? { vi: `lỗi hệ thống ${code}`, en: `system error ${code}` };
  const where = path ?? e.path ?? (e as { dest?: string }).dest ?? '';
  return diagnostic(writing ? 'output-os-error' : 'os-error', where || 'congvan', undefined, { path: where, reason: `${reason.vi} (${code})`, reasonEn: `${reason.en} (${code})` });
}

/** Runs `fn`; an OS error it throws becomes an InputError naming `path`. */
export function asUserError<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isOsError(e)) throw new InputError([osErrorDiagnostic(e, path)]);
    throw e;
  }
}
