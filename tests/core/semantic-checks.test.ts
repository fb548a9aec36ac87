// Input the schema accepts but the standard forbids (party-format.md §3.8, §3.9).
import { describe, expect, it } from 'vitest';
import { InputError, parseInput } from '../../src/index';
import { minimalInput, toYaml } from '../helpers/minimal';

function problems(input: Record<string, any>) {
  try {
    parseInput(toYaml(input), { file: 'vb.yaml' });
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => ({ code: d.code, line: d.pos?.line, args: d.args }));
    throw e;
  }
  return [];
}

const withSigner = (ky: object, loai = 'cong-van') => ({ ...minimalInput(), loai, ky });

describe('signature forms', () => {
  it.each([
    ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'],
    ['T/M ĐẢNG ỦY', 'BÍ THƯ'],
    ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'],
    ['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'],
    [undefined, 'TRƯỞNG BAN'],
    ['T/M BAN BÍ THƯ', undefined],
    // Not refused: a T/M before a body missing from the list is the rule's (a config may add bodies).
    ['T/M TRƯỞNG BAN', undefined],
  ])('accepts %s / %s', (quyen_han, chuc_vu) => {
    expect(problems(withSigner({ quyen_han, chuc_vu, ho_ten: 'Lê Văn Minh' }))).toEqual([]);
  });

  it.each([
    ['K/T BAN THƯỜNG VỤ', 'signature-kt-collective'],
    ['K/T TỈNH ỦY', 'signature-kt-collective'],
    ['K/T ĐẢNG UỶ', 'signature-kt-collective'],
    ['K/T CHI BỘ', 'signature-kt-collective'],
    ['T/M BAN TUYÊN GIÁO', 'signature-tm-advisory'],
    ['T/M VĂN PHÒNG', 'signature-tm-advisory'],
    ['TM. BAN THƯỜNG VỤ', 'signature-state-prefix'],
    ['KT. TRƯỞNG BAN', 'signature-state-prefix'],
    ['T/M BAN THƯỜNG VỤ K/T BÍ THƯ', 'signature-mixed'],
    // Read as the rules read them (signature-forms.ts): without the slash, without a space, "Q.".
    ['KT BAN THƯỜNG VỤ', 'signature-kt-collective'],
    ['TM.BAN THƯỜNG VỤ', 'signature-state-prefix'],
    ['Q. CHÁNH VĂN PHÒNG', 'signature-state-prefix'],
  ])('rejects %s (%s) at the line of quyen_han', (quyen_han, code) => {
    const input = withSigner({ quyen_han, chuc_vu: 'PHÓ BÍ THƯ', ho_ten: 'Lê Văn Minh' });
    const line = toYaml(input).split('\n').findIndex((l) => l.includes('quyen_han:')) + 1;
    expect(problems(input)).toEqual([expect.objectContaining({ code, line })]);
  });

  it('tells a state prefix its Party form', () => {
    expect(problems(withSigner({ quyen_han: 'TM. BAN THƯỜNG VỤ', ho_ten: 'A' }))[0]!.args).toMatchObject({ prefix: 'TM.', party: 'T/M' });
  });

  it('allows two signers side by side only in a biên bản', () => {
    const two = [{ quyen_han: 'NGƯỜI GHI BIÊN BẢN', ho_ten: 'A' }, { quyen_han: 'CHỦ TRÌ HỘI NGHỊ', ho_ten: 'B' }];
    expect(problems(withSigner(two, 'bien-ban'))).toEqual([]);
    expect(problems(withSigner(two, 'thong-bao')).map((p) => p.code)).toEqual(['signature-two-signers']);
  });
});

describe('body blocks', () => {
  it('rejects a block with two kinds, or a name on a heading (a name goes with Phần, Chương, Mục, Điều)', () => {
    const input = { ...minimalInput(), loai: 'quy-dinh', noi_dung: [{ dieu: 'Điều 1.', de_muc: 'I-' }, { de_muc: 'I-', ten: 'X' }, { dieu: 'Điều 2.', ten: 'Tên điều' }] };
    expect(problems(input).map((p) => p.code)).toEqual(['block-kind', 'block-name']);
  });

  it('rejects table rows with the wrong number of cells, with the row number', () => {
    const input = { ...minimalInput(), loai: 'bao-cao', noi_dung: [{ bang: { cot: ['A', 'B'], dong: [['1', '2'], ['3']] } }] };
    expect(problems(input)).toEqual([expect.objectContaining({ code: 'table-shape', args: { row: 2, cells: 1, columns: 2 } })]);
  });

  it('requires kính gửi for a tờ trình', () => {
    const input: Record<string, any> = { ...minimalInput(), loai: 'to-trinh' };
    delete input.kinh_gui;
    expect(problems(input)).toEqual([expect.objectContaining({ code: 'missing-field', args: expect.objectContaining({ key: 'kinh_gui' }) })]);
  });
});
