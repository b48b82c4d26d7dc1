/** /sections: the table of contents. */
import { defineCommand } from "./contract.ts";
import { articleOption } from "./options.ts";

export default defineCommand({
  name: "sections",
  options: [articleOption],
  execute: (context, options) => ({ kind: "sections", entries: context.engine.sections(options.article) }),
});
