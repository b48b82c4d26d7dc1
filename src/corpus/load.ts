/** Reads every article of a corpus folder (I/O edge); parsing and validation live in markdown.ts. */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ArticleBotError } from "../errors.ts";
import type { Article } from "./article.ts";
import { MAX_FRONT_MATTER_BYTES, parseArticle } from "./markdown.ts";
import { readRegularFile } from "./regular-file.ts";

/** How much of a corpus file is read: bounds on start-up time and memory whatever is in the folder. */
export interface CorpusLimits {
  /**
   * The largest corpus file, in bytes. Default 256 KB: a long news article is 10–50 KB, and
   * loading and indexing grow with the text (a 5 MB file took 20 s and 825 MB to start).
   * Set with CORPUS_MAX_FILE_KB.
   */
  readonly maxFileBytes: number;
  /**
   * The largest front matter, in bytes. Default 16 KB: it holds a few short fields (a 700 KB one
   * took 714 MB to parse). Set with CORPUS_MAX_FRONT_MATTER_KB.
   */
  readonly maxFrontMatterBytes: number;
}

export const DEFAULT_CORPUS_LIMITS: CorpusLimits = {
  maxFileBytes: 256 * 1024,
  maxFrontMatterBytes: MAX_FRONT_MATTER_BYTES,
};

/**
 * Loads `*.md` articles from `dir` in file-name order; all problems are reported together. Only
 * regular files (or links to one) within the limits are read; anything else is a problem.
 */
export function loadCorpus(dir: string, limits: CorpusLimits = DEFAULT_CORPUS_LIMITS): Article[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".md") && !n.startsWith("."));
  } catch {
    throw new ArticleBotError(
      "CORPUS_EMPTY",
      `${dir}: the corpus folder cannot be read; create it or point --corpus/CORPUS_DIR at one.`,
    );
  }
  names.sort();
  if (names.length === 0) {
    throw new ArticleBotError(
      "CORPUS_EMPTY",
      `${dir}: no article (*.md) in the corpus folder; import one with \`npm run cli -- import <raw.txt> --out ${dir}\`.`,
    );
  }
  const articles: Article[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    try {
      const article = parseArticle(readArticleText(join(dir, name), file, limits), file, limits);
      const twin = seen.get(article.id);
      if (twin) {
        problems.push(
          `${file}: the id "${article.id}" is already used by ${twin}; give each article its own id.`,
        );
        continue;
      }
      seen.set(article.id, file);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof ArticleBotError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ArticleBotError("CORPUS_FILE", problems.join("\n"));
  return articles;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** A corpus file's text, or an ArticleBotError saying what it is instead and what to do. */
function readArticleText(path: string, file: string, limits: CorpusLimits): string {
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
    // Where the first byte that is not UTF-8 is: the line of the first replacement character.
    const lenient = read.bytes.toString("utf8");
    const line = lenient.slice(0, lenient.indexOf("\uFFFD")).split("\n").length;
    throw new ArticleBotError(
      "CORPUS_FILE",
      `${file}:${line}: this is not UTF-8 text; save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").`,
    );
  }
}
