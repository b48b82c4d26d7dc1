/** /about: what the article is (title, date, source, photo credit), its sections and counts. */
import { z } from "zod";
import { defineCommand } from "../src/commands/contract.ts";
import { articleId, articleOption, pickArticle } from "../src/commands/options.ts";

export default defineCommand({
  name: "about",
  nameDe: "info",
  description: {
    en: "About the article: source, date, sections",
    de: "Über den Artikel: Quelle, Datum, Abschnitte",
  },
  options: [articleOption],
  schema: z.object({ article: articleId }),
  execute(context, options) {
    const { id, problem } = pickArticle(context, options.article);
    if (problem) return problem;
    const articles = context.engine.articles.filter((a) => !id || a.id === id);
    return { kind: "about", articles, entries: context.engine.sections(id) };
  },
});
