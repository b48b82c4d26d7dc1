/**
 * `npm run cli -- check [DIR]`: validates a corpus folder for a deploy step. Every problem is one
 * line (file, line, what to fix); the exit status is 1 when there is any, 0 after a summary.
 */
import type { CorpusLimits, CorpusReport } from "../corpus/load.ts";
import { loadCorpusReport } from "../corpus/load.ts";

/** Checks `dir` within `limits` and returns the exit status; problems go to `err`, the summary (or the JSON report) to `out`. */
export function runCheck(
  dir: string,
  limits: Partial<CorpusLimits>,
  json: boolean,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const report = loadCorpusReport(dir, limits);
  const code = report.problems.length > 0 ? 1 : 0;
  if (json) {
    out(JSON.stringify(checkJson(dir, report)));
    return code;
  }
  for (const problem of report.problems) err(problem.message);
  if (code === 1) {
    const bad = report.problems.length;
    err(
      `${dir}: ${bad} ${bad === 1 ? "problem" : "problems"}, ${report.articles.length} good ${report.articles.length === 1 ? "article" : "articles"}; fix the lines above and run check again.`,
    );
    return code;
  }
  const paragraphs = report.articles.reduce(
    (n, a) => n + a.sections.reduce((m, s) => m + s.paragraphs.length, 0),
    0,
  );
  const count = report.articles.length;
  out(`${dir}: ${count} ${count === 1 ? "article" : "articles"}, ${paragraphs} paragraphs, no problems.`);
  return code;
}

/** `{"dir","ok","articles":[{"name","id","title","date"}],"problems":[{"name","file","line","message"}]}`. */
function checkJson(dir: string, report: CorpusReport) {
  return {
    dir,
    ok: report.problems.length === 0,
    articles: [...report.byFile].map(([name, a]) => ({ name, id: a.id, title: a.title, date: a.date })),
    problems: report.problems.map((p) => ({
      name: p.name ?? null,
      file: p.file,
      line: p.line ?? null,
      message: p.message,
    })),
  };
}
