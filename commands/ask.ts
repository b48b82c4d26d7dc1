/** /ask <question>: the passages that answer a question, with their section and paragraph. */
import { defineCommand } from "./contract.ts";
import { articleOption, MAX_QUESTION_LENGTH } from "./options.ts";
import { suggestPlaces } from "./suggest.ts";

/** Results of one answer, on every adapter: two Discord pages of three, so a second page sits behind "More results". */
const RESULTS_SHOWN = 6;

export default defineCommand({
  name: "ask",
  sharable: true,
  options: [
    { name: "question", type: "string", required: true, maxLength: MAX_QUESTION_LENGTH, autocomplete: true },
    articleOption,
  ],
  execute: (context, options) => ({
    kind: "ask",
    result: context.engine.ask(options.question, {
      limit: RESULTS_SHOWN,
      ...(options.article ? { articleId: options.article } : {}),
    }),
  }),
  autocomplete: (context, option, partial) =>
    option === "question" ? suggestPlaces(context.engine, partial) : [],
});
