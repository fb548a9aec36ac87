// Decoding the files a clerk gives: Unicode in every form is read; legacy bytes are refused
// with the likely encoding named, or decoded when --encoding names it. Inputs are made with
// glibc's iconv and iconv-lite's encoders (the real code pages), never with the decoder under test.
import { execFileSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, likelyEncoding } from '../../src/files/decode-text';
import { InputError, type Diagnostic } from '../../src/core/diagnostics';

const TEXT = 'loai: cong-van\nkinh_gui: Đảng ủy Khối cơ quan và doanh nghiệp tỉnh\nghi_chu: Cộng hòa xã hội chủ nghĩa Việt Nam; Nguyễn Văn Hưng, Trần Thị Ngọc Ánh\n';
// VNI-Windows bytes as a VNI font shows them in Windows-1252 ("Cộng hòa xã hội …").
const VNI = Buffer.from('kinh_gui: Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nten: Ñaûng uûy khoái cô quan vaø doanh nghieäp tænh\n', 'latin1');

// glibc's iconv writes Windows-1258 as Windows does: base letters plus combining tones.
const cp1258 = (text: string): Buffer => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1258'], { input: text });

function refusal(bytes: Uint8Array, file = 'a.yaml'): Diagnostic {
  try {
    decodeText(bytes, file);
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics[0]!;
    throw e;
  }
  throw new Error('not refused');
}

describe('Unicode files', () => {
  it('reads UTF-8 with and without a BOM, as written', () => {
    expect(decodeText(Buffer.from(TEXT), 'a.yaml')).toBe(TEXT);
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`), 'a.yaml')).toBe(TEXT);
  });

  it.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'])('reads %s with a BOM and without one', (encoding) => {
    const bytes = iconv.encode(TEXT, encoding, { addBOM: false });
    expect(decodeText(Buffer.concat([iconv.encode('\uFEFF', encoding, { addBOM: false }), bytes]), 'a.yaml')).toBe(TEXT);
    expect(decodeText(bytes, 'a.yaml')).toBe(TEXT);
  });

  it('keeps valid UTF-8 as UTF-8 even when --encoding names a legacy code page', () => {
    expect(decodeText(Buffer.from(TEXT), 'a.yaml', 'windows-1258')).toBe(TEXT);
  });
});

describe('legacy bytes', () => {
  it('refuses Windows-1258 at the first bad byte, naming it and the fix', () => {
    const d = refusal(cp1258(TEXT));
    // line 2, column 11: the "Đ" of "Đảng" is the first byte that is not UTF-8
    expect(d).toMatchObject({ code: 'encoding-windows-1258', file: 'a.yaml', pos: { line: 2, col: 11 } });
  });

  it('names TCVN3 (ABC) and VNI', () => {
    expect(refusal(iconv.encode(TEXT, 'tcvn')).code).toBe('encoding-tcvn3');
    expect(refusal(VNI).code).toBe('encoding-vni');
    expect(likelyEncoding(VNI)).toBe('vni');
  });

  it('decodes Windows-1258 (combining tones joined: NFC) and TCVN3 when --encoding names them', () => {
    const w1258 = cp1258(TEXT);
    // Windows-1258 really does write "ả" as "a" + a combining hook above
    expect(w1258.includes(Buffer.from([0x61, 0xd2]))).toBe(true);
    expect(decodeText(w1258, 'a.csv', 'windows-1258')).toBe(TEXT);
    expect(decodeText(w1258, 'a.csv', 'cp1258')).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, 'tcvn'), 'a.csv', 'tcvn3')).toBe(TEXT);
  });

  it('refuses an encoding name it does not know', () => {
    expect(() => decodeText(cp1258(TEXT), 'a.csv', 'vni-windows')).toThrow(InputError);
  });
});
