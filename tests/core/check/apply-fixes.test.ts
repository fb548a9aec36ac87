// --fix edits values through yaml's CST: the value changes, every other byte stays.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/check/apply-fixes';

const nfc = (s: string) => s.normalize('NFC');

describe('applyFixes', () => {
  it('edits a folded block scalar in place, keeping its line breaks and the comments', () => {
    const text = `noi_dung:\n  mo_dau: >-   # mở đầu\n    Thực hiện chỉ đạo của\n    ${'cấp trên'.normalize('NFD')} về nhiệm vụ.\n  # cuối\nky: x\n`;
    const { text: fixed, applied } = applyFixes(text, [{ path: ['noi_dung', 'mo_dau'], edit: nfc }]);
    expect(fixed).toBe(text.normalize('NFC'));
    expect(applied).toEqual([expect.objectContaining({ before: `Thực hiện chỉ đạo của ${'cấp trên'.normalize('NFD')} về nhiệm vụ.`, after: 'Thực hiện chỉ đạo của cấp trên về nhiệm vụ.' })]);
  });

  it('keeps the quoting of a quoted value', () => {
    const text = `noi_nhan:\n  - 'Như trên;'   # a\n  - "Lưu: VP"\n`;
    const { text: fixed } = applyFixes(text, [
      { path: ['noi_nhan', 0], edit: (s) => s.replace(/;$/, ',') },
      { path: ['noi_nhan', 1], edit: (s) => s.replace('Lưu: ', 'Lưu ') },
    ]);
    expect(fixed).toBe(`noi_nhan:\n  - 'Như trên,'   # a\n  - "Lưu VP"\n`);
  });

  it('applies two fixes to the same value one after the other', () => {
    const text = `ho_ten: ${'Lê'.normalize('NFD')}\u200B Văn\n`;
    const { text: fixed, applied } = applyFixes(text, [
      { path: ['ho_ten'], edit: nfc },
      { path: ['ho_ten'], edit: (s) => s.replace('\u200B', '') },
    ]);
    expect(fixed).toBe('ho_ten: Lê Văn\n');
    expect(applied).toHaveLength(2);
  });

  it('reports nothing and changes nothing when the edit changes nothing or the path is gone', () => {
    const text = 'a: b # c\n';
    expect(applyFixes(text, [{ path: ['a'], edit: (s) => s }, { path: ['x'], edit: () => 'y' }])).toEqual({ text, applied: [] });
  });
});
