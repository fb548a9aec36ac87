// The DOCX writer: document model + profile → deterministic .docx bytes. congvan writes the
// WordprocessingML it needs itself (README, Design): document.xml from the model, the
// profile's parts once per profile (parts.ts), and a plain zip (zip-package.ts).
import type { Block, DocumentModel } from '../core/model/document';
import type { Profile } from '../core/profile/profile';
import { coreXml } from './deterministic';
import { HEADER_DEFAULT_ID, HEADER_FIRST_ID, profileParts } from './parts';
import { APP_XML, customProperties, customXml } from './properties';
import { writeContext, writeParagraph, writeRule, type WriteContext } from './paragraph';
import { tableStyleOf, writeTable } from './table';
import { mmToTwips } from './units';
import { DECLARATION, R_NS, W_NS } from './xml';
import { zipPackage } from './zip-package';

export type WriteOptions = {
  profile: Profile;
  /** Fixed time for core.xml and zip entries; defaults to the document date. */
  timestamp?: Date;
  /** Human name of the document type for the properties (e.g. "Công văn"). */
  typeName?: string;
};

const contexts = new WeakMap<Profile, WriteContext>();

export function writeDocx(model: DocumentModel, options: WriteOptions): Uint8Array {
  const { profile } = options;
  let ctx = contexts.get(profile);
  if (!ctx) contexts.set(profile, (ctx = writeContext(profile)));
  const timestamp = options.timestamp ?? new Date(`${model.meta.date}T00:00:00Z`);
  const typeName = options.typeName ?? model.meta.docType;
  const shared = profileParts(profile);
  const files = new Map<string, string>([
    ...shared.before,
    ['docProps/core.xml', coreXml(model.meta, typeName, timestamp)],
    ['docProps/app.xml', APP_XML],
    ['docProps/custom.xml', customXml(customProperties(model.meta, typeName))],
    ['word/document.xml', documentXml(ctx, model.blocks)],
    ...shared.after,
  ]);
  return zipPackage(files, timestamp);
}

function documentXml(ctx: WriteContext, blocks: readonly Block[]): string {
  return DECLARATION + `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${writeBlocks(ctx, blocks)}${sectionProps(ctx.profile)}</w:body></w:document>`;
}

/** w:sectPr: A4, the profile's margins, page-number headers, a different first page. */
function sectionProps(profile: Profile): string {
  const { page } = profile;
  const m = page.margin_mm;
  return (
    '<w:sectPr>' +
    `<w:headerReference w:type="default" r:id="${HEADER_DEFAULT_ID}"/>` +
    `<w:headerReference w:type="first" r:id="${HEADER_FIRST_ID}"/>` +
    `<w:pgSz w:w="${mmToTwips(page.width_mm)}" w:h="${mmToTwips(page.height_mm)}"/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}"` +
    ` w:header="${mmToTwips(page.header_distance_mm)}" w:footer="${mmToTwips(page.footer_distance_mm)}" w:gutter="0"/>` +
    (profile.page_number.first_page ? '' : '<w:titlePg/>') +
    '</w:sectPr>'
  );
}

function writeBlocks(ctx: WriteContext, blocks: readonly Block[]): string {
  const { page } = ctx.profile;
  const textWidth = mmToTwips(page.width_mm - page.margin_mm.left - page.margin_mm.right);
  const tableStyle = (b: Block | undefined) => (b?.kind === 'table' ? tableStyleOf(ctx, b.style) : undefined);
  return blocks
    .map((block, i) => {
      switch (block.kind) {
        case 'paragraph': {
          const next = tableStyle(blocks[i + 1]);
          const previous = tableStyle(blocks[i - 1]);
          return writeParagraph(ctx, block, {
            keepNext: next?.keep_previous === true,
            // Room around a table: on the paragraphs next to it, as tables have no spacing.
            minAfterPt: next?.space_before_pt,
            minBeforePt: previous?.space_after_pt,
          });
        }
        case 'rule':
          return writeRule(ctx, block, textWidth);
        case 'table':
          return writeTable(ctx, block);
      }
    })
    .join('');
}
