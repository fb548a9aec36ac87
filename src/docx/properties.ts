// docProps/custom.xml: the number, ký hiệu, type, date, trích yếu and issuing body as named
// properties, so an e-office system reads them without scraping page 1. Plain ASCII names;
// the same input gives the same properties in the same order. docProps/app.xml names the writer.
import type { DocumentMeta } from '../core/model/document';
import { DECLARATION, escapeAttr, escapeText } from './xml';

export type CustomProperty = { name: string; value: string };

export function customProperties(meta: DocumentMeta, typeName: string): CustomProperty[] {
  return [
    { name: 'SoVanBan', value: meta.serial },
    { name: 'SoKyHieu', value: meta.kyHieu },
    { name: 'LoaiVanBan', value: typeName },
    { name: 'MaLoaiVanBan', value: meta.typeCode },
    { name: 'NgayBanHanh', value: meta.date },
    { name: 'TrichYeu', value: meta.title },
    { name: 'CoQuanBanHanh', value: meta.issuingBody },
  ];
}

const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
// The format id every custom property of an Office document carries (MS-OSHARED 2.3.3.2.2).
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

export function customXml(properties: readonly CustomProperty[]): string {
  const items = properties.map(
    // pid 0 and 1 are reserved: custom properties count from 2.
    (p, i) => `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeAttr(p.name)}"><vt:lpwstr>${escapeText(p.value)}</vt:lpwstr></property>`,
  );
  return DECLARATION + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT}">${items.join('')}</Properties>`;
}

export const APP_XML =
  DECLARATION + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}"><Application>congvan</Application></Properties>`;
