/** Shared access to the test fixtures: raw exports, their imported articles, temporary corpora. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../../src/corpus/article.ts";
import { importRawExport } from "../../src/corpus/import-raw.ts";
import { formatArticle } from "../../src/corpus/markdown.ts";

export const FIXTURES = new URL("../fixtures/", import.meta.url);
export const CORPUS_DIR = new URL("../../corpus/", import.meta.url);

/** A fixture article: the raw export `test/fixtures/articles/<name>-raw.txt`. */
export type FixtureName = string;

/** The raw export of a fixture article. */
export function rawExport(name: FixtureName): string {
  return readFileSync(new URL(`articles/${name}-raw.txt`, FIXTURES), "utf8");
}

/** A fixture article, imported the way `npm run cli -- import` does it. */
export function fixtureArticle(name: FixtureName): Article {
  return importRawExport(rawExport(name), `${name}-raw.txt`);
}

/** A fresh temporary folder holding the named fixture articles as corpus files. */
export function tempCorpus(
  names: readonly FixtureName[] = ["seed", "fiction"],
  extra: Record<string, string> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), "article-bot-corpus-"));
  for (const name of names) {
    const article = fixtureArticle(name);
    writeFileSync(join(dir, `${article.id}.md`), formatArticle(article));
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

/** Lines of a JSON-lines fixture, parsed. */
export function jsonLines<T>(file: string): T[] {
  return readFileSync(new URL(file, FIXTURES), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}
