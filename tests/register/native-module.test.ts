// A native addon that the running Node cannot load (built for another Node version, or not a
// library at all) is the user's setup, not a bug: a message that names the fix, exit 2. The
// real "compiled against a different Node.js version" case runs in .ci/other-node.sh, with an
// addon rebuilt for Node 24 loaded by the machine's Node.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/cli/format-diagnostics';
import { InputError } from '../../src/core/diagnostics';
import { nativeModuleError } from '../../src/register/database';

function dlopenError(): unknown {
  const file = join(mkdtempSync(join(tmpdir(), 'congvan-addon-')), 'better_sqlite3.node');
  writeFileSync(file, 'not a shared library');
  try {
    process.dlopen({ exports: {} } as NodeJS.Module, file);
  } catch (error) {
    return error;
  }
  throw new Error('dlopen accepted a text file');
}

describe('a native module that does not load', () => {
  it('becomes a message with the fix, in Vietnamese and English', () => {
    const error = nativeModuleError(dlopenError());
    expect(error).toBeInstanceOf(InputError);
    const vi = formatStylish((error as InputError).diagnostics, 'vi', new Map());
    expect(vi).toContain(`better-sqlite3: lỗi: Không nạp được better-sqlite3 (sổ văn bản đi) trên Node ${process.versions.node}`);
    expect(vi).toContain('gợi ý: Sau khi nâng cấp Node, chạy: npm rebuild better-sqlite3');
    const en = formatStylish((error as InputError).diagnostics, 'en', new Map());
    expect(en).toContain('hint: After a Node upgrade run: npm rebuild better-sqlite3 (in the project folder), or reinstall: npm install -g congvan');
  });

  it('leaves other errors as they are', () => {
    const other = new Error('something else');
    expect(nativeModuleError(other)).toBe(other);
  });
});
