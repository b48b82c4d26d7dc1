/**
 * Adding and removing articles in a corpus folder on a moderator's request (I/O edge). The text is
 * validated as at start-up (a corpus Markdown file, or a raw agency export through the importer),
 * written with the importer's writer and never over a different article: the same id with other
 * content is refused until the old one is removed.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { ArticleBotError } from "../errors.ts";
import type { Article } from "./article.ts";
import type { ArticleFile } from "./files.ts";
import { importRawExport } from "./import-raw.ts";
import type { CorpusLimits } from "./load.ts";
import { formatArticle, parseArticle } from "./markdown.ts";
import { writeArticle } from "./write.ts";

/** Why a change was refused, as data the adapters word. */
export type ChangeRefusal =
  | { readonly kind: "invalid"; readonly message: string }
  | { readonly kind: "tooLarge"; readonly maxKb: number }
  | { readonly kind: "exists"; readonly id: string }
  | { readonly kind: "unknown"; readonly id: string }
  | { readonly kind: "last"; readonly id: string };

/** What a change did, or why it was refused. */
export type CorpusChange =
  | { readonly ok: true; readonly action: "added" | "unchanged" | "removed"; readonly article: Article }
  | { readonly ok: false; readonly refusal: ChangeRefusal };

/** Whether a text is a corpus Markdown file (front matter first) rather than a raw export. */
function isCorpusMarkdown(text: string): boolean {
  return /^\uFEFF?\s*---\s*\n/.test(text);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Validates `bytes` (named `source` in messages) and writes them to `dir` as `<id>.md`, unless an
 * article with that id is served with other content or another file is in the way.
 */
export function addArticleText(
  dir: string,
  bytes: Uint8Array,
  source: string,
  served: readonly ArticleFile[],
  limits: CorpusLimits,
): CorpusChange {
  if (bytes.byteLength > limits.maxFileBytes)
    return { ok: false, refusal: { kind: "tooLarge", maxKb: Math.floor(limits.maxFileBytes / 1024) } };
  let article: Article;
  try {
    const text = decode(bytes, source);
    article = isCorpusMarkdown(text) ? parseArticle(text, source, limits) : importRawExport(text, source);
  } catch (error) {
    if (!(error instanceof ArticleBotError)) throw error;
    return { ok: false, refusal: { kind: "invalid", message: error.message } };
  }
  const twin = served.find((f) => f.article.id === article.id);
  if (twin) {
    return formatArticle(twin.article) === formatArticle(article)
      ? { ok: true, action: "unchanged", article }
      : { ok: false, refusal: { kind: "exists", id: article.id } };
  }
  try {
    writeArticle(article, dir);
  } catch (error) {
    // A file of that name with other content that is not served (a bad version, say).
    if (!(error instanceof ArticleBotError)) throw error;
    return { ok: false, refusal: { kind: "exists", id: article.id } };
  }
  return { ok: true, action: "added", article };
}

function decode(bytes: Uint8Array, source: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new ArticleBotError(
      "CORPUS_FILE",
      `${source}: this is not UTF-8 text; save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").`,
    );
  }
}

/** Deletes the file of the served article `id`; the last article stays (a bot with none answers nothing). */
export function removeArticleFile(dir: string, id: string, served: readonly ArticleFile[]): CorpusChange {
  const file = served.find((f) => f.article.id === id.trim().toLowerCase());
  if (!file) return { ok: false, refusal: { kind: "unknown", id } };
  if (served.length === 1) return { ok: false, refusal: { kind: "last", id: file.article.id } };
  rmSync(join(dir, file.name), { force: true });
  return { ok: true, action: "removed", article: file.article };
}
