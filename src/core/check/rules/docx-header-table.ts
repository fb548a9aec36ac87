import type { RuleContext, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'docx-header-table',
  code: 'CV017',
  description: {
    vi: 'Phần đầu (tên cơ quan, số | tiêu đề, ngày tháng) là một bảng hai cột không viền.',
    en: 'The header block (body, number | Party title, date) is a two-column borderless table.',
  },
  reference: '§6',
  messages: {
    'no-table': { vi: 'Phần đầu không đặt trong bảng hai cột: cơ quan và số ở cột trái, tiêu đề và ngày ở cột phải sẽ lệch nhau.', en: 'The header is not a two-column table: the left (body, number) and right (title, date) columns will not line up.' },
    columns: { vi: 'Bảng phần đầu có {columns} cột; phải là 2.', en: 'The header table has {columns} columns; it must have 2.' },
    borders: { vi: 'Bảng phần đầu có đường viền; phải bỏ viền.', en: 'The header table has visible borders; remove them.' },
  },
  options: {},
  sources: ['docx'],
};

export function check(ctx: RuleContext): void {
  const layout = ctx.doc.layout;
  if (!layout || ctx.parts('party-title').length + ctx.parts('number').length === 0) return ctx.notChecked('missing-part', 'header');
  const table = layout.headerTable;
  if (!table) return ctx.report({ messageId: 'no-table', at: ctx.parts('number')[0]?.at ?? ctx.parts('party-title')[0]?.at });
  if (table.columns !== 2) ctx.report({ messageId: 'columns', args: { columns: table.columns } });
  if (table.bordersVisible) ctx.report({ messageId: 'borders' });
}
