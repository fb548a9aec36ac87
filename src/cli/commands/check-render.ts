// check --render: each checked file is printed by LibreOffice (all in one call) and its pages
// judged by the layout rules of src/core/check/render; their findings join the file's others.
import { analysePages } from '../../core/check/render/analyse-pages';
import { parseBboxLayout } from '../../core/check/render/parse-bbox';
import type { FileReport } from '../check-report';
import type { Io } from '../io';
import { poppler, printJob, withPdfs, type PrintJob } from '../render-pages';

export async function addRenderFindings(reports: readonly FileReport[], options: { profile?: string; config?: string }, sources: Map<string, string>, env: Io['env']): Promise<void> {
  const readable = reports.filter((r) => !r.unreadable);
  const jobs: PrintJob[] = [];
  for (const r of readable) jobs.push(await printJob(r.file, options, sources));
  const { readDocx } = await import('../../core/check/docx/read-docx');
  await withPdfs(jobs, env, async (pdf, job, i) => {
    const pages = parseBboxLayout(await poppler('pdftotext', ['-bbox-layout', pdf, '-'], job.file, env));
    const report = readable[i]!;
    report.findings = [...report.findings, ...analysePages(pages, readDocx(job.docx, job.profile), job.profile)];
  });
}
