// The package around document.xml — styles, theme, settings, numbering, fontTable, headers,
// relationships, content types — depends on the profile only, not on the text. A batch
// compiles it with the first document and then writes only each document's document.xml
// (and core.xml), which is most of what makes a batch faster than building files one by one.
import { Packer, type Document, type IContext } from 'docx';
import type { Profile } from '../core/profile/profile';
import { xmlString, type Xmlable } from './xml-string';
import type { PackageFiles } from './zip-package';

type Override = { path: string; data: string };
type Compiler = { compile(file: Document, prettify: undefined, overrides: Override[]): PackageFiles };

type Skeleton = { files: PackageFiles; shape: string };

const skeletons = new WeakMap<Profile, Skeleton>();

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The package's files for `doc`: from the profile's skeleton when the document fits it. */
export function packageFiles(doc: Document, profile: Profile, overrides: Override[]): PackageFiles {
  const skeleton = skeletons.get(profile);
  if (skeleton && skeleton.shape === shapeOf(doc)) {
    const files = new Map(skeleton.files); // same order: set() keeps each key's place
    files.set('word/document.xml', documentXml(doc));
    for (const { path, data } of overrides) files.set(path, data);
    return files;
  }
  const files = compilePackage(doc, overrides);
  skeletons.set(profile, { files, shape: shapeOf(doc) });
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

function documentXml(doc: Document): string {
  const context = { viewWrapper: doc.Document, file: doc, stack: [] } as unknown as IContext;
  return xmlString(doc.Document.View.prepForXml(context) as Xmlable, DECLARATION);
}

/**
 * Every file of the package. `Packer.compiler` is docx's own (not in its typings); the exact
 * docx version is pinned, and tests read every part of the result.
 */
function compilePackage(doc: Document, overrides: Override[]): PackageFiles {
  return (Packer as unknown as { compiler: Compiler }).compiler.compile(doc, undefined, overrides);
}
