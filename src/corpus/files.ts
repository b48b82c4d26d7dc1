/**
 * A corpus folder as files (I/O edge): every article that validates, with its file's name, and one
 * problem per file that does not, so a live bot can keep serving beside a bad file and keep the
 * last good version of it.
 */
import type { Article } from "./article.ts";
import { type CorpusLimits, loadCorpusReport } from "./load.ts";

/** One article file of the folder and what it holds. */
export interface ArticleFile {
  /** The file's name inside the folder (`x.md`). */
  readonly name: string;
  readonly article: Article;
}

/** A file that did not load (or the folder, with no name), with the sentence naming its line and the fix. */
export interface FileProblem {
  readonly name: string;
  readonly message: string;
}

/** What a folder holds now: the files that load, in name order, and the ones that do not. */
export interface CorpusScan {
  readonly files: readonly ArticleFile[];
  readonly problems: readonly FileProblem[];
}

/** Reads every article file of `dir` (the loader's lenient report, by file). */
export function scanCorpus(dir: string, limits: Partial<CorpusLimits> = {}): CorpusScan {
  const report = loadCorpusReport(dir, limits);
  return {
    files: [...report.byFile].map(([name, article]) => ({ name, article })),
    problems: report.problems.map((p) => ({ name: p.name ?? "", message: p.message })),
  };
}
