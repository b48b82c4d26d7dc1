/** /help: the commands and how to use them. */
import { defineCommand } from "./contract.ts";

export default defineCommand({
  name: "help",
  options: [],
  execute: (context) => ({
    kind: "help",
    commands: context.commands.map((c) => {
      const main = c.options.find((o) => o.required);
      return { name: c.name, ...(main ? { option: main.name } : {}) };
    }),
  }),
});
