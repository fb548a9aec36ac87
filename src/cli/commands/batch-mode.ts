// Which `congvan build` runs: the single-file build (stdin, -o file) stays exactly as it was
// unless several inputs, a folder, a pattern or a batch option ask for the batch build.
import { isCollection } from '../../batch/expand-inputs';

export type BuildManyOptions = {
  output?: string;
  profile?: string;
  /** congvan.config.yaml for every input; else the nearest one above each input. */
  config?: string;
  json?: boolean;
  quiet?: boolean;
  data?: string;
  name?: string;
  failFast?: boolean;
  skipExisting?: boolean;
  pdf?: boolean;
  jobs?: number;
  /** --encoding: of the YAML and data files that are not Unicode */
  encoding?: string;
  /** --data options: CSV delimiter, workbook sheet, empty cells allowed */
  delimiter?: string;
  sheet?: string;
  allowEmpty?: boolean;
  /** Applied to every item exactly as to a single build. */
  strict?: boolean;
  assignNumber?: boolean;
};

export function needsBatch(inputs: readonly string[], o: BuildManyOptions): boolean {
  return inputs.length > 1 || isCollection(inputs[0]!) || Boolean(o.data || o.name || o.delimiter || o.sheet || o.allowEmpty || o.pdf || o.skipExisting || o.failFast || o.jobs !== undefined);
}
