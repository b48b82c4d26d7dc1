/** /ask <question>: the passages that answer a question, with their section and paragraph. */
import { z } from "zod";
import { defineCommand } from "../src/commands/contract.ts";
import {
  articleId,
  articleOption,
  MAX_QUERY_LENGTH,
  pickArticle,
  queryText,
} from "../src/commands/options.ts";
import { suggestPlaces } from "../src/commands/suggest.ts";

/** Enough for a second page of results behind the "More results" button. */
const RESULTS_SHOWN = 6;

export default defineCommand({
  name: "ask",
  nameDe: "frage",
  description: {
    en: "Ask a question about the article (English or German)",
    de: "Stelle eine Frage zum Artikel (Deutsch oder Englisch)",
  },
  sharable: true,
  options: [
    {
      name: "question",
      nameDe: "frage",
      description: {
        en: "Your question, in English or German",
        de: "Deine Frage, auf Deutsch oder Englisch",
      },
      type: "string",
      required: true,
      maxLength: MAX_QUERY_LENGTH,
      autocomplete: true,
    },
    articleOption,
  ],
  schema: z.object({ question: queryText, article: articleId }),
  execute(context, options) {
    const { id, problem } = pickArticle(context, options.article);
    if (problem) return problem;
    return {
      kind: "ask",
      result: context.engine.ask(options.question, {
        limit: RESULTS_SHOWN,
        ...(id ? { articleId: id } : {}),
      }),
    };
  },
  autocomplete(context, option, partial) {
    return option === "question" ? suggestPlaces(context.engine, partial) : [];
  },
});
