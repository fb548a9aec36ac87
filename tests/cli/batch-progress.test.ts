// The progress bar: on a terminal's stderr only, never when piped, --quiet or --json.
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { mergeData, mergeExample, tempDir } from '../helpers/batch';

async function stderrOf(argv: string[], isTTY: boolean): Promise<string> {
  const stderr = Object.assign(new PassThrough(), { isTTY });
  const chunks: Buffer[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c));
  const code = await run({ argv, env: {}, stdin: Readable.from([]), stdout: new PassThrough(), stderr });
  expect(code).toBe(0);
  return Buffer.concat(chunks).toString('utf8');
}

const merge = () => ['build', mergeExample, '--data', mergeData, '-o', join(tempDir(), 'out')];

describe('progress bar', () => {
  it('shows count, rate and time left on a terminal, then erases itself before the summary', async () => {
    const text = await stderrOf(merge(), true);
    expect(text).toMatch(/\r\[#{24}\] 3\/3 · [\d.]+ văn bản\/s · còn 0 s\x1b\[K/);
    // erased, then the report (the example's check warnings under each row) and the summary
    expect(text).toMatch(/\r\x1b\[K(?:[^\r]*\n)?Đã tạo 3\/3 tệp, 0 lỗi[^\r]*\n$/);
  });

  it('stays silent when stderr is not a terminal, and with --quiet or --json on one', async () => {
    expect(await stderrOf(merge(), false)).not.toContain('\r');
    expect(await stderrOf([...merge(), '--quiet'], true)).toBe('');
    expect(await stderrOf([...merge(), '--json'], true)).not.toContain('\r');
  });
});
