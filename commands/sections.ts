/** /sections: the table of contents. */
import { z } from "zod";
import { defineCommand } from "../src/commands/contract.ts";
import { articleId, articleOption, pickArticle } from "../src/commands/options.ts";

export default defineCommand({
  name: "sections",
  nameDe: "abschnitte",
  description: { en: "List the sections of the article", de: "Liste die Abschnitte des Artikels auf" },
  options: [articleOption],
  schema: z.object({ article: articleId }),
  execute(context, options) {
    const { id, problem } = pickArticle(context, options.article);
    if (problem) return problem;
    return { kind: "sections", entries: context.engine.sections(id) };
  },
});
