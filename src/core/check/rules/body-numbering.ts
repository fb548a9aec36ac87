import { markerText, readMarker, type Marker } from '../read-printed';
import { bodyParts } from '../roles';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'body-numbering',
  code: 'CV901',
  description: {
    vi: 'Số thứ tự các phần, điểm, ý (I-, 1., a)) liên tục: không nhảy cóc, không lặp.',
    en: 'Section, point and sub-point markers (I-, 1., a)) run in order: no skips, no repeats.',
  },
  reference: '§3.8',
  messages: {
    skip: { vi: 'Sau "{previous}" là "{found}": thiếu "{expected}".', en: '"{found}" follows "{previous}": "{expected}" is missing.' },
    repeat: { vi: '"{found}" lặp lại hoặc lùi lại sau "{previous}"; số tiếp theo là "{expected}".', en: '"{found}" repeats or goes back after "{previous}"; the next is "{expected}".' },
    start: { vi: 'Đánh số bắt đầu từ "{expected}", không phải "{found}".', en: 'Numbering starts at "{expected}", not "{found}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

const LEVELS: Marker['level'][] = ['roman', 'arabic', 'letter'];

export function check(ctx: RuleContext): void {
  const paragraphs = bodyParts(ctx.doc);
  if (paragraphs.length === 0) return ctx.notChecked('missing-part', 'body');
  // Word's own list numbering is not in the text: it cannot be read here.
  if (paragraphs.some((p) => p.autoNumbered)) return ctx.notChecked('unreadable', 'auto-numbering');
  const last = new Map<Marker['level'], number>();
  for (const part of paragraphs) {
    const m = readMarker(part.text);
    if (!m) continue;
    // A higher level starts the lower ones again: "a)" under each "1.", "1." under each "I-".
    for (const lower of LEVELS.slice(LEVELS.indexOf(m.level) + 1)) last.delete(lower);
    const previous = last.get(m.level) ?? 0;
    last.set(m.level, m.value);
    if (m.value === previous + 1) continue;
    const args = { found: m.text, previous: markerText(m.level, previous), expected: markerText(m.level, previous + 1) };
    const messageId = previous === 0 ? 'start' : m.value > previous ? 'skip' : 'repeat';
    ctx.report({ messageId, args, at: part.at });
  }
}
