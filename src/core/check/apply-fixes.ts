// `--fix`: rewrites the YAML values the safe rules point at, through yaml's CST, so every
// other byte of the file (comments, layout, quoting) stays as it was.
import { Composer, CST, isScalar, Parser } from 'yaml';
import type { DataPath } from '../load/parse-yaml';
import type { Fix } from './types';

export type AppliedFix = { fix: Fix; path: DataPath; before: string; after: string };

export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: AppliedFix[] } {
  const tokens = [...new Parser().parse(text)];
  const doc = [...new Composer({ version: '1.2', keepSourceTokens: true }).compose(tokens)][0];
  const applied: AppliedFix[] = [];
  for (const fix of fixes) {
    const node = doc?.getIn(fix.path, true);
    const token = isScalar(node) ? node.srcToken : undefined;
    if (!token || !CST.isScalar(token)) continue;
    const before = CST.resolveAsScalar(token)?.value ?? '';
    if (token.type === 'block-scalar') {
      // A block scalar's text is its value as written, line by line: edit it in place.
      token.source = fix.edit(token.source);
    } else {
      CST.setScalarValue(token, fix.edit(before));
    }
    const after = CST.resolveAsScalar(token)?.value ?? '';
    if (after !== before) applied.push({ fix, path: fix.path, before, after });
  }
  return { text: tokens.map((t) => CST.stringify(t)).join(''), applied };
}
