/** Reads every article of a corpus folder (I/O edge); parsing and validation live in markdown.ts. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ArticleBotError } from "../errors.ts";
import type { Article } from "./article.ts";
import { parseArticle } from "./markdown.ts";

/** Loads `*.md` articles from `dir` in file-name order; all problems are reported together. */
export function loadCorpus(dir: string): Article[] {
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
      const article = parseArticle(readFileSync(join(dir, name), "utf8"), file);
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
