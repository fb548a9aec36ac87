// Real published Party documents (tests/corpus/*.yaml, sources in each file's header and in
// README.md): each one builds with `congvan build` (exit 0), its DOCX says exactly the printed
// paragraphs (tests/corpus/*.txt, one per line) — the same multiset of paragraphs, and the body
// in the printed order (header and signature sit in table cells, whose order is the layout's,
// not the reading order) — and `congvan check` finds no error in the YAML or in the built DOCX.
// No LibreOffice: the text is read from word/document.xml.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli';
import { root } from '../helpers/example';
import { all, paragraphText, paraProps, parseXml, unzipDocx } from '../helpers/ooxml';

/**
 * What the checker helper (branch `checker`, issue 13 items 1–3) is still fixing, per corpus
 * document. Every entry is a real usage that congvan cannot express yet or that `check` flags
 * although the transcription is faithful (README.md in this folder says which and why):
 * - `rules`: rule ids that raise an error today on the YAML or on the built DOCX;
 * - `text`: a paragraph the print has (`printed`, several paragraphs when it holds "\n") that
 *   congvan cannot produce yet; it builds `built` instead.
 * The test fails when an entry is no longer needed (the rule stays silent, the built text is
 * already the printed one), so this map shrinks as the fixes land and must end empty: delete an
 * entry when its fix lands (and, for a layout, switch the YAML to the new form).
 */
const PENDING_CHECKER_FIXES: Record<string, { rules?: string[]; text?: { printed: string; built: string }[] }> = {};

/** Issue 13 asks for at least 12 documents. */
const MINIMUM_DOCUMENTS = 12;

const dir = join(root, 'tests/corpus');
const names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const env = { SOURCE_DATE_EPOCH: '1893456000' }; // 2030-01-01, so no corpus date is "in the future"

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Lines without a letter or digit ("*", "-----") are rules and marks, not words. */
const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** `# filled: …` lines of the YAML header: paragraphs the page did not show, filled by hand. */
function filledLines(yaml: string): string[] {
  return [...yaml.matchAll(/^# filled: (.+)$/gm)].map((m) => squash(m[1]!));
}

function printedLines(name: string): string[] {
  return readFileSync(join(dir, name.replace(/\.yaml$/, '.txt')), 'utf8').split('\n').map(squash).filter(hasWords);
}

type Paragraph = { text: string; body: boolean };

/** Every paragraph of the DOCX body (tables included), split at line breaks, in document order. */
function docxParagraphs(bytes: Uint8Array): Paragraph[] {
  const doc = parseXml(unzipDocx(bytes).get('word/document.xml')!);
  return all(doc, 'w:p').flatMap((p) => {
    const body = paraProps(p).align === 'both';
    return paragraphText(p).split('\n').map((line) => ({ text: squash(line), body }));
  }).filter((p) => hasWords(p.text));
}

function removeOnce(list: Paragraph[], text: string): boolean {
  const i = list.findIndex((p) => p.text === text);
  if (i >= 0) list.splice(i, 1);
  return i >= 0;
}

type Result = { build: CliResult; docx: Uint8Array; docxPath: string; check: CliResult };
const results: Record<string, Result> = {};

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'congvan-corpus-'));
  for (const name of names) {
    const docxPath = join(out, name.replace(/\.yaml$/, '.docx'));
    const build = await runCli(['build', join(dir, name), '-o', docxPath, '-q'], { env });
    const docx = build.code === 0 ? new Uint8Array(readFileSync(docxPath)) : new Uint8Array();
    const check = await runCli(['check', join(dir, name), docxPath, '--format', 'json'], { env });
    results[name] = { build, docx, docxPath, check };
  }
}, 120_000);

describe('real-document corpus', () => {
  it('has at least 12 documents, each with its printed text and its source', () => {
    expect(names.length).toBeGreaterThanOrEqual(MINIMUM_DOCUMENTS);
    for (const name of names) {
      const yaml = readFileSync(join(dir, name), 'utf8');
      expect(yaml, name).toMatch(/^# source: https?:\/\/\S+$/m);
      expect(yaml, name).toMatch(/^# read: \d{4}-\d{2}-\d{2}/m);
      const words = printedLines(name).join(' ').split(' ').length;
      expect(words, `${name}: the printed text is too short to test anything`).toBeGreaterThanOrEqual(60);
    }
  });

  it('pending checker fixes name only corpus documents', () => {
    for (const name of Object.keys(PENDING_CHECKER_FIXES)) expect(names).toContain(name);
  });

  describe.each(names)('%s', (name) => {
    const pending = PENDING_CHECKER_FIXES[name] ?? {};

    it('builds (exit 0)', () => {
      const r = results[name]!;
      expect(r.build.stderr, r.build.stderr).not.toMatch(/lỗi/);
      expect(r.build.code).toBe(0);
    });

    it('prints the transcribed paragraphs, word for word, the body in order', () => {
      const built = docxParagraphs(results[name]!.docx);
      for (const line of filledLines(readFileSync(join(dir, name), 'utf8'))) {
        expect(removeOnce(built, line), `filled line "${line}" is not in the DOCX`).toBe(true);
      }
      for (const { printed, built: made } of pending.text ?? []) {
        const i = built.findIndex((b) => b.text === squash(made));
        expect(i, `pending text "${made}" is no longer built: remove it from PENDING_CHECKER_FIXES`).toBeGreaterThanOrEqual(0);
        built.splice(i, 1, ...printed.split('\n').map((text) => ({ text: squash(text), body: built[i]!.body })));
      }
      const printed = printedLines(name);
      expect([...built.map((p) => p.text)].sort()).toEqual([...printed].sort());
      // The body (justified paragraphs) comes in the printed order: a subsequence of the .txt.
      let at = 0;
      for (const line of built.filter((p) => p.body).map((p) => p.text)) {
        const next = printed.indexOf(line, at);
        expect(next, `"${line}" is out of the printed order`).toBeGreaterThanOrEqual(0);
        at = next + 1;
      }
    });

    it('passes `congvan check` with no error, on the YAML and on the built DOCX', () => {
      const r = results[name]!;
      const report = JSON.parse(r.check.stdout.toString('utf8'));
      expect(report.summary.unreadable).toBe(0);
      const errors: string[] = report.files.flatMap((f: any) =>
        f.findings.filter((x: any) => x.severity === 'error').map((x: any) => `${f.kind}: ${x.ruleId}: ${x.message}`),
      );
      const allowed = new Set(pending.rules ?? []);
      expect(errors.filter((e) => !allowed.has(e.split(': ')[1]!))).toEqual([]);
      for (const rule of allowed) {
        expect(errors.some((e) => e.split(': ')[1] === rule), `${rule} raises no error any more: remove it from PENDING_CHECKER_FIXES`).toBe(true);
      }
    });
  });
});
