/** /section <name>: a whole section, found by heading, English name, number or a word of its text. */
import { parseSectionRef } from "../src/engine/sections.ts";
import { defineCommand } from "./contract.ts";
import { articleOption, MAX_NAME_LENGTH } from "./options.ts";
import { suggestSections } from "./suggest.ts";

export default defineCommand({
  name: "section",
  sharable: true,
  options: [
    { name: "name", type: "string", required: true, maxLength: MAX_NAME_LENGTH, autocomplete: true },
    articleOption,
  ],
  execute: (context, options) => {
    const { engine } = context;
    // A suggestion picked across several articles names its article (`<id>/<number>`).
    const ref = options.article ? undefined : parseSectionRef(options.name, engine.articles);
    const articleId = options.article ?? ref?.articleId;
    const name = ref?.name ?? options.name;
    if (!articleId) {
      const among = engine.sectionArticles(name);
      if (among.length > 1) {
        const list = among.map((a) => `${a.id} · ${a.title}`).join("\n");
        return { kind: "problem", problem: { phrase: "pickArticle", values: { query: name.trim(), list } } };
      }
    }
    return { kind: "section", result: engine.section(name, articleId) };
  },
  autocomplete: (context, option, partial, scope) =>
    option === "name" ? suggestSections(context.engine, partial, scope.articleId) : [],
});
