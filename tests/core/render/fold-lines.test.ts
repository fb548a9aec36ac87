// Template line breaks fold into one space, in linear time (a 1 MB run of blanks in a value).
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../../src/core/render/parse-markup';

describe('foldLines', () => {
  it.each([
    ['no break', 'a  b', 'a  b'],
    ['one break with blanks around it', 'a \t\n  b', 'a b'],
    ['blank lines between', 'a\n  \n\n b', 'a b'],
    ['a leading break', '\n  a', ' a'],
    ['a trailing break', 'a  \n', 'a '],
    ['blanks inside a line are kept', 'a   b\nc', 'a   b c'],
  ])('%s', (_name, text, folded) => {
    expect(foldLines(text)).toBe(folded);
  });

  it('takes linear time on a long run of blanks (the old regex took minutes on 1 MB)', () => {
    const value = `a${' '.repeat(1024 * 1024)}b\nc`;
    const start = process.cpuUsage();
    expect(foldLines(value)).toBe(`a${' '.repeat(1024 * 1024)}b c`);
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });
});
