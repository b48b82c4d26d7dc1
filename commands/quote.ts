/** /quote <speaker or topic>: what a person is quoted as saying, exact, with its section; or quotes about a topic. */
import { z } from "zod";
import { defineCommand } from "../src/commands/contract.ts";
import { articleId, articleOption, pickArticle, queryText } from "../src/commands/options.ts";

export default defineCommand({
  name: "quote",
  nameDe: "zitat",
  description: { en: "Quotes of a person, or about a topic", de: "Zitate einer Person oder zu einem Thema" },
  sharable: true,
  options: [
    {
      name: "speaker-or-topic",
      nameDe: "person-oder-thema",
      description: {
        en: "A person's name or role, or a topic word",
        de: "Name oder Rolle einer Person, oder ein Stichwort",
      },
      type: "string",
      required: true,
      maxLength: 100,
      autocomplete: true,
    },
    articleOption,
  ],
  schema: z.object({ "speaker-or-topic": queryText, article: articleId }),
  execute(context, options) {
    const { id, problem } = pickArticle(context, options.article);
    if (problem) return problem;
    return {
      kind: "quote",
      result: context.engine.quote(options["speaker-or-topic"], id ? { articleId: id } : {}),
    };
  },
  autocomplete(context, option, partial) {
    return option === "speaker-or-topic" ? context.engine.speakerChoices(partial) : [];
  },
});
