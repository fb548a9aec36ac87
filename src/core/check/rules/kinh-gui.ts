import { squash } from '../text';
import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'kinh-gui',
  code: 'CV403',
  description: {
    vi: 'Công văn có "Kính gửi:"; nhiều nơi thì mỗi nơi một dòng "- …,", dòng cuối kết thúc bằng dấu chấm.',
    en: 'A công văn has "Kính gửi:"; several addressees go one per line "- …,", the last ending with a full stop.',
  },
  reference: '§3.7',
  realUsage:
    'Real công văn print "Kính gửi:" alone on its line with one "- " addressee per line below it, commas between and a full stop after the last (Công văn 21-CV/ĐU, Trường Đại học Vinh, 2020, in tests/corpus), or one addressee under it as typed (568-CV/ĐU, 2020); both layouts are built (`kinh_gui_xuong_dong`) and read beside the inline one, and the list ends at its full stop, so body "- " lines after it are not addressees. The message for a missing closing mark now says what is missing and shows the line as it should be written.',
  messages: {
    missing: { vi: 'Công văn thiếu "Kính gửi:".', en: 'The công văn has no "Kính gửi:".' },
    colon: { vi: 'Viết "Kính gửi:" có dấu hai chấm.', en: 'Write "Kính gửi:" with its colon.' },
    dash: { vi: 'Mỗi nơi nhận trong "Kính gửi" bắt đầu bằng "- ": "{text}".', en: 'Each addressee starts with "- ": "{text}".' },
    comma: { vi: 'Dòng "{text}" thiếu dấu phẩy ở cuối: viết "{fixed}" (mỗi nơi nhận trừ nơi cuối kết thúc bằng dấu phẩy).', en: 'The line "{text}" lacks its closing comma: write "{fixed}" (every addressee but the last ends with a comma).' },
    period: { vi: 'Nơi nhận cuối "{text}" thiếu dấu chấm ở cuối: viết "{fixed}".', en: 'The last addressee "{text}" lacks its closing full stop: write "{fixed}".' },
  },
  options: {},
  sources: ['yaml', 'docx'],
};

export function check(ctx: RuleContext): void {
  const lines = ctx.parts('kinh-gui');
  if (lines.length === 0) {
    if (ctx.doc.docType === 'cong-van') ctx.report({ messageId: 'missing' });
    return;
  }
  const first = squash(lines[0]!.text);
  const label = /^(?:Kính gửi|KÍNH GỬI)\s*(:?)\s*(.*)$/.exec(first);
  if (label && !label[1]) ctx.report({ messageId: 'colon', at: lines[0]!.at });
  const items = [{ text: label ? label[2]! : first, at: lines[0]!.at }, ...lines.slice(1).map((l) => ({ text: squash(l.text), at: l.at }))].filter((i) => i.text);
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    if (items.length > 1 && !/^- /.test(item.text)) ctx.report({ messageId: 'dash', args: { text: item.text }, at: item.at });
    if (last && !item.text.endsWith('.')) ctx.report({ messageId: 'period', args: { text: item.text, fixed: ending(item.text, '.') }, at: item.at });
    if (!last && !item.text.endsWith(',')) ctx.report({ messageId: 'comma', args: { text: item.text, fixed: ending(item.text, ',') }, at: item.at });
  });
}

/** The line with the right closing mark in place of whatever it ends with. */
const ending = (text: string, mark: string): string => text.replace(/[\s,.;:]*$/u, '') + mark;
