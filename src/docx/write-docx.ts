// The DOCX writer: document model + profile → deterministic .docx bytes.
// The only module (with its siblings in src/docx) that knows the `docx` package.
import { Document, type Paragraph, type Table } from 'docx';
import type { Block, DocumentModel } from '../core/model/document';
import type { Profile } from '../core/profile/profile';
import { coreXml } from './deterministic';
import { customProperties } from './properties';
import { pageNumberHeaders } from './page-number';
import { writeParagraph, writeRule, type WriteContext } from './paragraph';
import { tableStyleOf, writeTable } from './table';
import { mmToTwips, ptToHalfPoints } from './units';
import { packageFiles } from './skeleton';
import { zipPackage } from './zip-package';

export type WriteOptions = {
  profile: Profile;
  /** Fixed time for core.xml and zip entries; defaults to the document date. */
  timestamp?: Date;
  /** Human name of the document type for the properties (e.g. "Công văn"). */
  typeName?: string;
};

export function writeDocx(model: DocumentModel, options: WriteOptions): Uint8Array {
  const { profile } = options;
  const family = profile.font.family;
  const ctx: WriteContext = { profile, fontSlots: { ascii: family, hAnsi: family, eastAsia: family, cs: family } };
  const timestamp = options.timestamp ?? new Date(`${model.meta.date}T00:00:00Z`);
  const { page } = profile;
  const typeName = options.typeName ?? model.meta.docType;

  const doc = new Document({
    creator: model.meta.issuer,
    title: model.meta.title,
    customProperties: customProperties(model.meta, typeName),
    styles: {
      default: {
        document: {
          run: { font: ctx.fontSlots, size: ptToHalfPoints(profile.font.size_pt), language: { value: profile.font.language, eastAsia: profile.font.language } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: !profile.page_number.first_page,
          page: {
            size: { width: mmToTwips(page.width_mm), height: mmToTwips(page.height_mm) },
            margin: {
              top: mmToTwips(page.margin_mm.top),
              bottom: mmToTwips(page.margin_mm.bottom),
              left: mmToTwips(page.margin_mm.left),
              right: mmToTwips(page.margin_mm.right),
              header: mmToTwips(page.header_distance_mm),
              footer: mmToTwips(page.footer_distance_mm),
              gutter: 0,
            },
          },
        },
        headers: pageNumberHeaders(ctx),
        children: writeBlocks(ctx, model.blocks),
      },
    ],
  });
  const core = coreXml(model.meta, typeName, timestamp);
  return zipPackage(packageFiles(doc, profile, model.meta.docType, [{ path: 'docProps/core.xml', data: core }]), timestamp);
}

function writeBlocks(ctx: WriteContext, blocks: readonly Block[]): (Paragraph | Table)[] {
  const textWidth = mmToTwips(ctx.profile.page.width_mm - ctx.profile.page.margin_mm.left - ctx.profile.page.margin_mm.right);
  return blocks.map((block, i) => {
    switch (block.kind) {
      case 'paragraph': {
        // Keep the last paragraph before a non-splitting table (the signature) on its page.
        const next = blocks[i + 1];
        const keepNext = next?.kind === 'table' && tableStyleOf(ctx, next.style).cant_split;
        return writeParagraph(ctx, block, { keepNext });
      }
      case 'rule':
        return writeRule(ctx, block, textWidth);
      case 'table':
        return writeTable(ctx, block);
    }
  });
}
