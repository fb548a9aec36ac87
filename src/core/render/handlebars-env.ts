// An isolated Handlebars environment: strict mode, no prototype access, our helpers only.
// Templates are ours; input values only ever arrive as data (escaped, never compiled).
import Handlebars from 'handlebars';
import { add } from './helpers/add';
import { inline } from './helpers/inline';
import { join } from './helpers/join';
import { listLine } from './helpers/list-line';
import { ngaySo, ngayViet } from './helpers/ngay-viet';
import { single } from './helpers/single';
import { soKyHieu } from './helpers/so-ky-hieu';

/** Template source text, or a spec precompiled at build time from the same text. */
export type TemplateSource = string | { spec: object };

export type TemplateSet = { main: TemplateSource; partials: Record<string, TemplateSource> };

export type CompiledTemplate = (data: object) => string;

export function compileTemplate(templates: TemplateSet): CompiledTemplate {
  const hb = Handlebars.create();
  hb.registerHelper({ add, inline, join, 'list-line': listLine, 'ngay-so': ngaySo, 'ngay-viet': ngayViet, single, 'so-ky-hieu': soKyHieu });
  const load = (source: TemplateSource) =>
    typeof source === 'string'
      ? hb.compile(source, { strict: true })
      : hb.template(source.spec as Parameters<typeof hb.template>[0]);
  for (const [name, source] of Object.entries(templates.partials)) hb.registerPartial(name, load(source));
  const template = load(templates.main);
  return (data) =>
    template(data, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
}
