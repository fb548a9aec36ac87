// congvan init [type] [-o file]: a starter YAML for a document type, with a comment on every
// field and a `yaml-language-server` line so that editors complete keys from the JSON Schema.
// templates/starters/<type>.yaml when there is one (công văn), else the shared starter of the
// types with a title. It never overwrites a file.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { diagnostic, InputError } from '../../core/diagnostics';
import { DOC_TYPE_NAMES } from '../../core/model/glossary';
import { DOC_TYPES } from '../../core/model/input';
import { profileFor } from '../../index';
import { listPackageFiles, packageRoot, readPackageFile } from '../../package-files';
import { writeFileAtomic } from '../../files/atomic-write';
import { writeStream, type Io } from '../io';

const SHARED_STARTER = 'van-ban';

export async function initCommand(io: Io, type: string, options: { output?: string }): Promise<string> {
  if (!(DOC_TYPES as readonly string[]).includes(type)) {
    throw new InputError([diagnostic('bad-value', type, undefined, { key: 'loai', value: type, allowed: DOC_TYPES.join(', ') })]);
  }
  const output = options.output ?? `${type}.yaml`;
  const schema = join(packageRoot, 'schema', 'congvan.schema.json');
  const schemaRef = output === '-' ? schema : relative(dirname(resolve(output)), schema).split(sep).join('/');
  const text = `# yaml-language-server: $schema=${schemaRef}\n${starter(type)}`;
  if (output === '-') {
    await writeStream(io.stdout, text);
    return output;
  }
  if (existsSync(output)) throw new InputError([diagnostic('init-exists', output, undefined, { path: output, type })]);
  writeFileAtomic(output, Buffer.from(text, 'utf8'));
  return output;
}

function starter(type: string): string {
  const own = listPackageFiles('templates/starters', '.yaml').includes(type);
  const text = readPackageFile('templates', 'starters', `${own ? type : SHARED_STARTER}.yaml`);
  const values: Record<string, string> = {
    loai: type,
    ten: DOC_TYPE_NAMES[type] ?? type,
    ma: profileFor({}).type_codes[type] ?? '',
    // An optional field starts commented out; one the schema requires of this type does not.
    kinh_gui: requiredFor(type).includes('kinh_gui') ? '' : '# ',
  };
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

type Conditional = { if?: { properties?: { loai?: { const?: string } } }; then?: { required?: string[] } };

/** Keys the schema requires of this type only (its `allOf` if loai = … then required). */
function requiredFor(type: string): string[] {
  const schema = JSON.parse(readPackageFile('schema', 'congvan.schema.json')) as { allOf?: Conditional[] };
  return (schema.allOf ?? []).filter((c) => c.if?.properties?.loai?.const === type).flatMap((c) => c.then?.required ?? []);
}
