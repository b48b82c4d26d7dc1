/** Option specs and zod pieces that several commands share. */
import { z } from "zod";
import type { CommandContext, OptionSpec, View } from "./contract.ts";

/** Discord allows 6,000; a question or name longer than this is not a question. */
export const MAX_QUERY_LENGTH = 300;

/** The optional `article` option, offered when the corpus holds several articles. */
export const articleOption: OptionSpec = {
  name: "article",
  nameDe: "artikel",
  description: { en: "Which article (when there are several)", de: "Welcher Artikel (wenn es mehrere gibt)" },
  type: "string",
  maxLength: 100,
  autocomplete: true,
};

/** A required free-text option of at most MAX_QUERY_LENGTH characters. */
export const queryText = z
  .string({ error: "Type some words." })
  .max(MAX_QUERY_LENGTH, `Keep it under ${MAX_QUERY_LENGTH} characters.`);

export const articleId = z.string().max(100).optional();

/** Resolves the `article` option: undefined means all articles; a problem view when it names none. */
export function pickArticle(
  context: CommandContext,
  requested: string | undefined,
): { id?: string; problem?: View } {
  if (!requested) return {};
  const wanted = requested.trim().toLowerCase();
  const article = context.engine.articles.find((a) => a.id === wanted || a.title.toLowerCase() === wanted);
  if (article) return { id: article.id };
  return {
    problem: {
      kind: "problem",
      message: {
        en: `There is no article "${requested}". Pick one from the list.`,
        de: `Es gibt keinen Artikel „${requested}“. Wähle einen aus der Liste.`,
      },
    },
  };
}
