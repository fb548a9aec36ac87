// congvan schema: the JSON Schema of the input, for editors (VS Code's YAML extension) and tools.
import { readPackageFile } from '../../package-files';
import { writeStream, type Io } from '../io';

export async function schemaCommand(io: Io): Promise<void> {
  await writeStream(io.stdout, readPackageFile('schema', 'congvan.schema.json'));
}
