// Input + template → document model.
import type { DocumentModel } from '../model/document';
import type { DocumentInput } from '../model/input';
import type { CompiledTemplate } from './handlebars-env';
import { soKyHieu } from './helpers/so-ky-hieu';
import { parseMarkup } from './parse-markup';

export function renderDocument(input: DocumentInput, template: CompiledTemplate): DocumentModel {
  const blocks = parseMarkup(template(input));
  const kyHieu = soKyHieu(input.so_ky_hieu);
  return {
    meta: {
      docType: input.loai,
      title: input.trich_yeu.join(' '),
      number: `Số ${kyHieu}`,
      serial: input.so_ky_hieu.so,
      kyHieu,
      typeCode: input.so_ky_hieu.loai,
      issuer: [...input.co_quan.cap_tren, ...input.co_quan.ten].join(' '),
      issuingBody: input.co_quan.ten.join(' '),
      date: input.ngay,
    },
    blocks,
  };
}
