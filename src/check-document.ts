// congvan check as a library: a YAML input or a .docx file → findings, by the rules of
// src/core/check. The .docx reader (saxes, fflate) is loaded only when a .docx is checked.
import { diagnostic, InputError } from './core/diagnostics';
import type { OrgConfig } from './core/config/org-config';
import { runRules, type CheckResult } from './core/check/engine';
import { presetSettings, type CheckSettings } from './core/check/config';
import { RULES } from './core/check/rules';
import type { CheckDocument } from './core/check/types';
import { yamlDocument } from './core/check/yaml-document';
import { loadInputWithSource } from './core/load/load-input';
import { renderDocument } from './core/render/render-document';
import { loadTemplate, profileFor } from './package-data';
import { todayOf } from './clock';

export type CheckOptions = {
  /** Shown in messages. */
  file?: string;
  profile?: string;
  /** The organisation profile (congvan.config.yaml): its defaults and type codes. */
  config?: OrgConfig;
  /** ISO yyyy-MM-dd: the date rules compare with; defaults to today. */
  today?: string;
  settings?: CheckSettings;
};

export type FileCheck = CheckResult & { kind: CheckDocument['kind'] };

/** Checks a YAML input; throws InputError (with line:col) when it is not a valid input at all. */
export function checkYaml(text: string, options: CheckOptions): FileCheck {
  const file = options.file ?? '<input>';
  const profile = profileFor(options);
  const { input, parsed } = loadInputWithSource(text, file, profile, { config: options.config });
  const model = renderDocument(input, loadTemplate(input.loai));
  return run(yamlDocument({ text, parsed, input, model, profile }), options);
}

/** Checks a .docx file; throws InputError when it cannot be read as one. */
export async function checkDocx(bytes: Uint8Array, options: CheckOptions): Promise<FileCheck> {
  const { readDocx, DocxReadError } = await import('./core/check/docx/read-docx');
  let doc: CheckDocument;
  try {
    doc = readDocx(bytes, profileFor(options));
  } catch (e) {
    if (e instanceof DocxReadError) throw new InputError([diagnostic('docx-read', options.file ?? '<input>', undefined, { detail: e.message })]);
    throw e;
  }
  return run(doc, options);
}

function run(doc: CheckDocument, options: CheckOptions): FileCheck {
  const result = runRules(doc, { profile: profileFor(options), today: options.today ?? todayOf(), rules: RULES, settings: options.settings ?? presetSettings() });
  return { kind: doc.kind, ...result };
}
