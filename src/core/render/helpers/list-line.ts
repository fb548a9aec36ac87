// {{list-line text @last}}: a list line in Party style, "- …," and the last one "- … ."
// (docs/standard.md §3.7, §3.10); căn cứ lines use sep=";" end="," (§3.8).
// What the author already wrote is kept.
type HashOptions = { hash?: { sep?: string; end?: string } };

export function listLine(text: unknown, last: unknown, options?: HashOptions): string {
  const sep = options?.hash?.sep ?? ',';
  const end = options?.hash?.end ?? '.';
  let line = String(text).trim();
  if (!/^[-–+]\s/.test(line)) line = `- ${line}`;
  if (!/[,.;:!?]$/.test(line)) line += last === true ? end : sep;
  return line;
}
