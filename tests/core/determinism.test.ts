// Same input → same bytes, at any time and in any time zone; core.xml and zip entry times
// come from the document date, or SOURCE_DATE_EPOCH.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocx } from '../../src/index';
import { examplePath, root } from '../helpers/example';
import { unzipDocx } from '../helpers/ooxml';

const yaml = readFileSync(examplePath('cong-van.yaml'), 'utf8');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** DOS date/time of every zip entry, from the central directory. */
function zipTimes(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const times: string[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const date = view.getUint16(at + 14, true);
    const time = view.getUint16(at + 12, true);
    times.push(`${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${time >> 11}:${(time >> 5) & 63}`);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return times;
}

afterEach(() => vi.useRealTimers());

describe('deterministic output', () => {
  it('gives the same bytes when built at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const a = await buildDocx(yaml);
    vi.setSystemTime(new Date('2031-06-15T23:59:58Z'));
    const b = await buildDocx(yaml);
    expect(sha(a)).toBe(sha(b));
  });

  it('stamps core.xml and every zip entry with the document date', async () => {
    const docx = await buildDocx(yaml);
    const core = unzipDocx(docx).get('docProps/core.xml')!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-07-19T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-07-19T00:00:00Z</dcterms:modified>');
    expect(new Set(zipTimes(docx))).toEqual(new Set(['2023-7-19 0:0']));
  });

  it('uses SOURCE_DATE_EPOCH when given', async () => {
    const docx = await buildDocx(yaml, { timestamp: new Date(1_700_000_000 * 1000) });
    expect(unzipDocx(docx).get('docProps/core.xml')).toContain('2023-11-14T22:13:20Z');
    expect(new Set(zipTimes(docx))).toEqual(new Set(['2023-11-14 22:13']));
  });

  it('gives the same bytes from the CLI in different time zones', () => {
    const build = (tz: string) =>
      execFileSync(process.execPath, [join(root, 'bin/congvan.js'), 'build', examplePath('cong-van.yaml'), '-o', '-'], {
        env: { ...process.env, TZ: tz },
      });
    const hashes = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map((tz) => sha(build(tz)));
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toBe(sha(build('Pacific/Kiritimati')));
  });
});
