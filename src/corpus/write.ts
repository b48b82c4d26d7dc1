/** Writes an imported article into a corpus folder without ever clobbering different content. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleBotError } from "../errors.ts";
import type { Article } from "./article.ts";
import { formatArticle } from "./markdown.ts";

/** Writes `<dir>/<id>.md` atomically and returns its path; refuses to replace a different file unless `force`. */
export function writeArticle(article: Article, dir: string, force = false): string {
  const path = join(dir, `${article.id}.md`);
  const text = formatArticle(article);
  if (existsSync(path) && !force && readFileSync(path, "utf8") !== text) {
    throw new ArticleBotError(
      "USAGE",
      `${path} already exists with other content; move it away or pass --force to replace it`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
  return path;
}
