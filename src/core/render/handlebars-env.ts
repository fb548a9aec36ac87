// An isolated Handlebars environment: strict mode, no prototype access, our helpers only.
// Templates are ours; input values only ever arrive as data (escaped, never compiled).
import Handlebars from 'handlebars';
import { inline } from './helpers/inline';
import { listLine } from './helpers/list-line';
import { ngayViet } from './helpers/ngay-viet';
import { single } from './helpers/single';
import { soKyHieu } from './helpers/so-ky-hieu';

export type TemplateSet = { main: string; partials: Record<string, string> };

export type CompiledTemplate = (data: object) => string;

export function compileTemplate(templates: TemplateSet): CompiledTemplate {
  const hb = Handlebars.create();
  hb.registerHelper({ inline, 'list-line': listLine, 'ngay-viet': ngayViet, single, 'so-ky-hieu': soKyHieu });
  for (const [name, source] of Object.entries(templates.partials)) {
    hb.registerPartial(name, hb.compile(source, { strict: true, noEscape: false }));
  }
  const template = hb.compile(templates.main, { strict: true, noEscape: false });
  return (data) =>
    template(data, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
}
