/** /quote <speaker or topic>: what a person is quoted as saying, exact, with its section; or quotes about a topic. */
import { defineCommand } from "./contract.ts";
import { articleOption, MAX_NAME_LENGTH } from "./options.ts";
import { suggestSpeakers } from "./suggest.ts";

export default defineCommand({
  name: "quote",
  sharable: true,
  options: [
    {
      name: "speaker-or-topic",
      type: "string",
      required: true,
      maxLength: MAX_NAME_LENGTH,
      autocomplete: true,
    },
    articleOption,
  ],
  execute: (context, options) => ({
    kind: "quote",
    result: context.engine.quote(
      options["speaker-or-topic"],
      options.article ? { articleId: options.article } : {},
    ),
  }),
  autocomplete: (context, option, partial) =>
    option === "speaker-or-topic" ? suggestSpeakers(context.engine, partial) : [],
});
