// congvan init [type] [-o file]: a starter YAML for a document type (templates/starters),
// with a `yaml-language-server` line so that editors complete keys from the JSON Schema.
// It never overwrites a file.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { diagnostic, InputError } from '../../core/diagnostics';
import { listPackageFiles, packageRoot, readPackageFile } from '../../package-files';
import { writeFileAtomic } from '../atomic-write';
import { writeStream, type Io } from '../io';

export async function initCommand(io: Io, type: string, options: { output?: string }): Promise<string> {
  const starters = listPackageFiles('templates/starters', '.yaml');
  if (!starters.includes(type)) {
    throw new InputError([diagnostic('bad-value', type, undefined, { key: 'loai', value: type, allowed: starters.join(', ') })]);
  }
  const output = options.output ?? `${type}.yaml`;
  const schema = join(packageRoot, 'schema', 'congvan.schema.json');
  const schemaRef = output === '-' ? schema : relative(dirname(resolve(output)), schema).split(sep).join('/');
  const text = `# yaml-language-server: $schema=${schemaRef}\n${readPackageFile('templates', 'starters', `${type}.yaml`)}`;
  if (output === '-') {
    await writeStream(io.stdout, text);
    return output;
  }
  if (existsSync(output)) throw new InputError([diagnostic('init-exists', output, undefined, { path: output, type })]);
  writeFileAtomic(output, Buffer.from(text, 'utf8'));
  return output;
}
