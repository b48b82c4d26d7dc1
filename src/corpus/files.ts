/**
 * A corpus folder read file by file (I/O edge): every article that validates, and one problem per
 * file that does not, so a live bot can keep serving beside a bad file. Start-up's strict loader
 * (load.ts) refuses the whole folder instead.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ArticleBotError } from "../errors.ts";
import type { Article } from "./article.ts";
import { type CorpusLimits, DEFAULT_CORPUS_LIMITS } from "./load.ts";
import { parseArticle } from "./markdown.ts";
import { readRegularFile } from "./regular-file.ts";

/** One article file of the folder and what it holds. */
export interface ArticleFile {
  /** The file's name inside the folder (`x.md`). */
  readonly name: string;
  readonly article: Article;
}

/** A file that did not load, with the sentence naming its line and the fix. */
export interface FileProblem {
  readonly name: string;
  readonly message: string;
}

/** What a folder holds now: the files that load, in name order, and the ones that do not. */
export interface CorpusScan {
  readonly files: readonly ArticleFile[];
  readonly problems: readonly FileProblem[];
}

/** Whether a file name is an article file: `*.md`, not hidden (editors' swap and backup files are not). */
export function isArticleFileName(name: string): boolean {
  return name.endsWith(".md") && !name.startsWith(".");
}

/** Reads every article file of `dir`; a folder that cannot be read is one problem, named after the folder. */
export function scanCorpus(dir: string, limits: CorpusLimits = DEFAULT_CORPUS_LIMITS): CorpusScan {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isArticleFileName).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      files: [],
      problems: [
        { name: "", message: `${dir}: the corpus folder cannot be read (${reason}); create it again.` },
      ],
    };
  }
  const files: ArticleFile[] = [];
  const problems: FileProblem[] = [];
  for (const name of names) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    try {
      files.push({ name, article: parseArticle(articleText(join(dir, name), file, limits), file, limits) });
    } catch (error) {
      if (!(error instanceof ArticleBotError)) throw error;
      problems.push({ name, message: error.message });
    }
  }
  return { files, problems };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

function articleText(path: string, file: string, limits: CorpusLimits): string {
  const read = readRegularFile(path, limits.maxFileBytes);
  if (!read.ok) {
    const fix = read.problem.includes("over the limit")
      ? "split the article, or raise CORPUS_MAX_FILE_KB"
      : "replace it with an article file, or remove it from the corpus folder";
    throw new ArticleBotError("CORPUS_FILE", `${file}: ${read.problem}; ${fix}.`);
  }
  try {
    return UTF8.decode(read.bytes);
  } catch {
    throw new ArticleBotError(
      "CORPUS_FILE",
      `${file}: this is not UTF-8 text; save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").`,
    );
  }
}
