/**
 * /article: the moderators' commands over a live corpus (list, add, remove) and the console's
 * choice of article (use). Not in the registry: they take subcommands and a file, which the
 * adapters read (a Discord attachment or modal, a console path) before handing over the text.
 */
import type { ChangeRefusal, CorpusChange } from "../src/corpus/admin.ts";
import type { Article } from "../src/corpus/article.ts";
import type { Problem, View } from "../src/views/view.ts";
import type { CommandContext } from "./contract.ts";
import { resolveArticle } from "./invoke.ts";
import { MAX_NAME_LENGTH } from "./options.ts";

/** The English name of the command (other locales name it in their phrase tables). */
export const ARTICLE_COMMAND = "article";

/** The articles served, one line each: id, date, title. */
export function listArticles(context: CommandContext): View {
  const { articles } = context.engine;
  const list = articles.map((a) => `${a.id} · ${a.date} · ${a.title}`).join("\n");
  return { kind: "notice", notice: { phrase: "articleList", values: { n: articles.length, list } } };
}

/** Adds the article in `bytes` (a raw export or corpus Markdown, called `source` in messages). */
export function addArticle(context: CommandContext, bytes: Uint8Array, source: string): View {
  if (!context.corpus) return moderatorsOnly();
  return changeView(context.corpus.add(bytes, source));
}

/** Removes the article `id` (an id or a title, as the `article` option takes them). */
export function removeArticle(context: CommandContext, id: string): View {
  if (!context.corpus) return moderatorsOnly();
  const wanted = id.slice(0, MAX_NAME_LENGTH);
  return changeView(context.corpus.remove(resolveArticle(context.engine, wanted) ?? wanted));
}

/** The article a console session answers from: `id` resolved, or all of them for none. */
export function useArticle(
  context: CommandContext,
  id: string,
): { readonly view: View; readonly articleId?: string } {
  const wanted = id.trim();
  if (!wanted) return { view: { kind: "notice", notice: { phrase: "articleUsingAll", values: {} } } };
  const articleId = resolveArticle(context.engine, wanted.slice(0, MAX_NAME_LENGTH));
  const article = context.engine.articles.find((a) => a.id === articleId);
  if (!article)
    return { view: { kind: "problem", problem: { phrase: "noArticle", values: { article: wanted } } } };
  return {
    view: { kind: "notice", notice: { phrase: "articleUsing", values: named(article) } },
    articleId: article.id,
  };
}

/** Refused: this user may not change the corpus. */
export function moderatorsOnly(): View {
  return { kind: "problem", problem: { phrase: "articleModeratorsOnly", values: {} } };
}

function changeView(change: CorpusChange): View {
  if (!change.ok) return { kind: "problem", problem: refusal(change.refusal) };
  const phrase =
    change.action === "added"
      ? "articleAdded"
      : change.action === "removed"
        ? "articleRemoved"
        : "articleUnchanged";
  return { kind: "notice", notice: { phrase, values: named(change.article) } };
}

function refusal(refused: ChangeRefusal): Problem {
  switch (refused.kind) {
    case "invalid":
      return { phrase: "articleInvalid", values: { message: refused.message } };
    case "tooLarge":
      return { phrase: "articleTooLarge", values: { kb: refused.maxKb } };
    case "exists":
      return { phrase: "articleExists", values: { id: refused.id } };
    case "unknown":
      return { phrase: "articleUnknown", values: { id: refused.id } };
    case "last":
      return { phrase: "articleLast", values: { id: refused.id } };
  }
}

function named(article: Article): { id: string; title: string } {
  return { id: article.id, title: article.title };
}
