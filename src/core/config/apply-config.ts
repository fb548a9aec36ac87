// A document's raw data + the organisation profile's defaults → the data the schema checks.
// Done before validation, so a field missing from both is still reported as missing; each
// value keeps its origin, so a problem is reported at its own file:line:col.
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { DataPath, ParsedYaml } from '../load/parse-yaml';
import { DEFAULT_KEYS, type OrgConfig } from './org-config';

export type Merged = { parsed: ParsedYaml; problems: Diagnostic[] };

/** Where a top-level key of the merged data came from: a path inside the config file. */
type Origins = Map<string, DataPath>;

export function applyConfig(doc: ParsedYaml, file: string, config: OrgConfig | undefined): Merged {
  const data = { ...(doc.data as Record<string, unknown>) };
  const origins: Origins = new Map();
  const problems: Diagnostic[] = [];
  const signers = (config?.parsed.data.nguoi_ky ?? {}) as Record<string, unknown>;
  if (typeof data.ky === 'string') {
    // ky: bi-thu names a signer of the config's nguoi_ky.
    const name = data.ky.trim();
    if (Object.hasOwn(signers, name)) {
      data.ky = signers[name];
      origins.set('ky', ['nguoi_ky', name]);
    } else {
      problems.push(diagnostic('signer-unknown', file, doc.locate(['ky']), { name, known: Object.keys(signers).join(', ') || '—' }));
    }
  }
  for (const key of DEFAULT_KEYS) {
    if (data[key] === undefined && config?.parsed.data[key] !== undefined) {
      data[key] = config.parsed.data[key];
      origins.set(key, [key]);
    }
  }
  return { parsed: merged(doc, data, config, origins), problems };
}

function merged(doc: ParsedYaml, data: Record<string, unknown>, config: OrgConfig | undefined, origins: Origins): ParsedYaml {
  const inConfig = (path: DataPath): DataPath | undefined => {
    const origin = typeof path[0] === 'string' ? origins.get(path[0]) : undefined;
    return origin && [...origin, ...path.slice(1)];
  };
  return {
    data,
    locate: (path, key) => {
      const at = inConfig(path);
      return at && config ? config.parsed.locate(at, key) : doc.locate(path, key);
    },
    sourceOf: (path) => {
      const at = inConfig(path);
      return at && config ? config.parsed.sourceOf(at) : doc.sourceOf(path);
    },
    fileOf: (path) => (inConfig(path) ? config?.file : undefined),
    // The hygiene rules read what this file's author typed; the config's own text is its own.
    strings: () => doc.strings(),
  };
}
