// The package around document.xml — styles, theme, settings, numbering, fontTable, headers,
// relationships, content types — depends on the profile only, not on the text. A batch
// compiles it with the first document and then writes only each document's own parts
// (document.xml and docProps), which is much of what makes a batch faster than building
// files one by one.
import { Packer, type Document, type IContext } from 'docx';
import type { Profile } from '../core/profile/profile';
import { xmlString, type Xmlable } from './xml-string';
import type { PackageFiles } from './zip-package';

type Override = { path: string; data: string };
type Compiler = { compile(file: Document, prettify: undefined, overrides: Override[]): PackageFiles };

type Skeleton = { files: PackageFiles; shape: string };

/** Per profile, per document type (a type may add its own header or section settings). */
const skeletons = new WeakMap<Profile, Map<string, Skeleton>>();

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The package's files for `doc`: from the profile's skeleton when the document fits it. */
export function packageFiles(doc: Document, profile: Profile, docType: string, overrides: Override[]): PackageFiles {
  let byType = skeletons.get(profile);
  if (!byType) skeletons.set(profile, (byType = new Map()));
  const skeleton = byType.get(docType);
  if (skeleton && skeleton.shape === shapeOf(doc)) {
    const files = new Map(skeleton.files); // same order: set() keeps each key's place
    for (const [path, part] of ownParts(doc)) files.set(path, xmlString(part.prepForXml(contextOf(doc)) as Xmlable, DECLARATION));
    for (const { path, data } of overrides) files.set(path, data);
    return files;
  }
  const files = compilePackage(doc, overrides);
  byType.set(docType, { files, shape: shapeOf(doc) });
  return files;
}

/**
 * What, besides the profile, would change the other parts: relationships (hyperlinks),
 * media, list numbering, headers. The congvan model adds none of them today; if it ever
 * does, a document that differs is compiled in full instead of sharing a wrong skeleton.
 */
function shapeOf(doc: Document): string {
  return [doc.Document.Relationships.RelationshipCount, doc.Media.Array.length, doc.Numbering.ConcreteNumbering.length, doc.Headers.length, doc.Footers.length].join('/');
}

/** The parts each document writes itself: its text, and its properties (title, number…). */
function ownParts(doc: Document): [string, { prepForXml(context: IContext): unknown }][] {
  return [
    ['word/document.xml', doc.Document.View],
    ['docProps/custom.xml', doc.CustomProperties],
    ['docProps/app.xml', doc.AppProperties],
  ];
}

function contextOf(doc: Document): IContext {
  return { viewWrapper: doc.Document, file: doc, stack: [] } as unknown as IContext;
}

/**
 * Every file of the package. `Packer.compiler` is docx's own (not in its typings); the exact
 * docx version is pinned, and tests read every part of the result.
 */
function compilePackage(doc: Document, overrides: Override[]): PackageFiles {
  return (Packer as unknown as { compiler: Compiler }).compiler.compile(doc, undefined, overrides);
}
