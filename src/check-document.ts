// congvan check as a library: a YAML input or a .docx file → findings, by the rules of
// src/core/check. The .docx reader (saxes, fflate) is loaded only when a .docx is checked.
import { diagnostic, InputError } from './core/diagnostics';
import { runRules, type CheckResult } from './core/check/engine';
import { presetSettings, type CheckSettings } from './core/check/config';
import { RULES } from './core/check/rules';
import type { CheckDocument } from './core/check/types';
import { yamlDocument } from './core/check/yaml-document';
import { parseYaml } from './core/load/parse-yaml';
import { loadProfile, parseInput, renderModel } from './index';

export type CheckOptions = {
  /** Shown in messages. */
  file?: string;
  profile?: string;
  /** ISO yyyy-MM-dd: the date rules compare with. */
  today: string;
  settings?: CheckSettings;
};

export type FileCheck = CheckResult & { kind: CheckDocument['kind'] };

/** Checks a YAML input; throws InputError (with line:col) when it is not a valid input at all. */
export function checkYaml(text: string, options: CheckOptions): FileCheck {
  const file = options.file ?? '<input>';
  const profile = loadProfile(options.profile);
  const input = parseInput(text, { file, profile: options.profile });
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file);
  const doc = yamlDocument({ text, parsed, input, model: renderModel(input), profile });
  return run(doc, options);
}

/** Checks a .docx file; throws InputError when it cannot be read as one. */
export async function checkDocx(bytes: Uint8Array, options: CheckOptions): Promise<FileCheck> {
  const profile = loadProfile(options.profile);
  const { readDocx, DocxReadError } = await import('./core/check/docx/read-docx');
  let doc: CheckDocument;
  try {
    doc = readDocx(bytes, profile);
  } catch (e) {
    if (e instanceof DocxReadError) throw new InputError([diagnostic('docx-read', options.file ?? '<input>', undefined, { detail: e.message })]);
    throw e;
  }
  return run(doc, options);
}

function run(doc: CheckDocument, options: CheckOptions): FileCheck {
  const result = runRules(doc, {
    profile: loadProfile(options.profile),
    today: options.today,
    rules: RULES,
    settings: options.settings ?? presetSettings(),
  });
  return { kind: doc.kind, ...result };
}
