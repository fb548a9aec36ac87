// The .docx container: a plain zip, written with Node's native zlib (a pure-JS deflate cost a
// cold one-document build more than everything else together; README, Performance). Every
// entry gets the same fixed time: same input, same bytes (docx-pitfalls D8).
import { crc32, deflateRawSync } from 'node:zlib';
import { remember } from './lru';

export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export function zipPackage(files: PackageFiles, timestamp: Date): Uint8Array {
  const time = dosTime(timestamp);
  const date = dosDate(timestamp);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // [Content_Types].xml first, as Office writes it; then the order write-docx.ts gave.
  const names = [...files.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) {
    const { body, stored, crc, rawSize } = compress(files.get(name)!);
    const nameBytes = Buffer.from(name, 'utf8');
    const fields = { method: stored ? 0 : 8, time, date, crc, size: body.length, rawSize };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    writeCommon(local, 4, fields);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // version made by: 2.0
    writeCommon(central, 6, fields);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const directorySize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

type Compressed = { body: Buffer; stored: boolean; crc: number; rawSize: number };

// Most parts (styles, theme, settings, numbering, fontTable, …) are the same text in every
// document of a batch: each distinct text is deflated once.
const CACHE_ENTRIES = 32;
const compressed = new Map<string, Compressed>();

function compress(value: string | Uint8Array): Compressed {
  if (typeof value !== 'string') return deflate(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  return remember(compressed, value, CACHE_ENTRIES, () => deflate(Buffer.from(value, 'utf8')));
}

function deflate(data: Buffer): Compressed {
  const deflated = deflateRawSync(data);
  const stored = deflated.length >= data.length;
  return { body: stored ? data : deflated, stored, crc: crc32(data), rawSize: data.length };
}

type Fields = { method: number; time: number; date: number; crc: number; size: number; rawSize: number };

/** The fields local headers and central entries share, from "version needed" on. */
function writeCommon(b: Buffer, at: number, f: Fields): void {
  b.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  b.writeUInt16LE(0, at + 2); // flags
  b.writeUInt16LE(f.method, at + 4);
  b.writeUInt16LE(f.time, at + 6);
  b.writeUInt16LE(f.date, at + 8);
  b.writeUInt32LE(f.crc, at + 10);
  b.writeUInt32LE(f.size, at + 14);
  b.writeUInt32LE(f.rawSize, at + 18);
}

const dosTime = (d: Date): number => (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
const dosDate = (d: Date): number =>
  ((Math.max(1980, d.getUTCFullYear()) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
