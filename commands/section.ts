/** /section <name>: a whole section, found by heading, English name, number or a word of its text. */
import { z } from "zod";
import { defineCommand } from "../src/commands/contract.ts";
import { articleId, articleOption, pickArticle, queryText } from "../src/commands/options.ts";
import { suggestSections } from "../src/commands/suggest.ts";

export default defineCommand({
  name: "section",
  nameDe: "abschnitt",
  description: { en: "Show a section of the article", de: "Zeige einen Abschnitt des Artikels" },
  sharable: true,
  options: [
    {
      name: "name",
      description: {
        en: "Heading, a word of it, or its number (e.g. 2)",
        de: "Überschrift, ein Wort daraus oder die Nummer (z. B. 2)",
      },
      type: "string",
      required: true,
      maxLength: 100,
      autocomplete: true,
    },
    articleOption,
  ],
  schema: z.object({ name: queryText, article: articleId }),
  execute(context, options) {
    const { id, problem } = pickArticle(context, options.article);
    if (problem) return problem;
    return { kind: "section", result: context.engine.section(options.name, id) };
  },
  autocomplete(context, option, partial) {
    return option === "name" ? suggestSections(context.engine, partial) : [];
  },
});
