/** /section <name>: a whole section, found by heading, English name, number or a word of its text. */
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
  execute: (context, options) => ({
    kind: "section",
    result: context.engine.section(options.name, options.article),
  }),
  autocomplete: (context, option, partial) =>
    option === "name" ? suggestSections(context.engine, partial) : [],
});
