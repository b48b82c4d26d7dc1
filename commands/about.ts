/** /about: what the article is (title, date, source, photo credit), its sections and counts. */
import { defineCommand } from "./contract.ts";
import { articleOption } from "./options.ts";

export default defineCommand({
  name: "about",
  options: [articleOption],
  execute(context, options) {
    const id = options.article;
    const articles = context.engine.articles.filter((a) => !id || a.id === id);
    return { kind: "about", articles, entries: context.engine.sections(id) };
  },
});
