// docProps/custom.xml: the number, ký hiệu, type, date, trích yếu and issuing body as named
// properties, so an e-office system reads them without scraping page 1. Plain ASCII names;
// the same input gives the same properties in the same order.
import type { DocumentMeta } from '../core/model/document';

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
