// {{list-line text @last}}: a list line in Party style, "- …," and the last one "- … ."
// (party-format.md §3.7, §3.10). What the author already wrote is kept.
export function listLine(text: unknown, last: unknown): string {
  let line = String(text).trim();
  if (!/^[-–+]\s/.test(line)) line = `- ${line}`;
  if (!/[,.;:!?]$/.test(line)) line += last === true ? '.' : ',';
  return line;
}
