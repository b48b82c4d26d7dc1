/** /help: the commands and how to use them. */
import { z } from "zod";
import { defineCommand } from "../src/commands/contract.ts";

export default defineCommand({
  name: "help",
  nameDe: "hilfe",
  description: { en: "How to use this bot", de: "So benutzt du diesen Bot" },
  options: [],
  schema: z.object({}),
  execute: (context) => ({ kind: "help", commands: context.commands }),
});
