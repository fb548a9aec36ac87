// A folder nobody may write to, also as root (who ignores permission bits): chattr +i makes
// it immutable for root; others get chmod 555. Returns the undo.
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

export function makeUnwritable(dir: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    return () => execFileSync('chattr', ['-i', dir]);
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}

/** A 16 KiB tmpfs at `dir`, to fill the disk; undefined where mounting is not allowed. */
export function mountTinyDisk(dir: string): (() => void) | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'ignore' });
    return () => execFileSync('umount', [dir]);
  } catch {
    return undefined;
  }
}
