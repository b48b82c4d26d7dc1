/** Every command, by name. Adding a command: create `commands/<name>.ts` and list it here. */
import about from "../../commands/about.ts";
import ask from "../../commands/ask.ts";
import help from "../../commands/help.ts";
import quote from "../../commands/quote.ts";
import section from "../../commands/section.ts";
import sections from "../../commands/sections.ts";
import type { Command } from "./contract.ts";

/** All commands in the order /help lists them. */
export const COMMANDS: readonly Command[] = [ask, quote, section, sections, about, help] as Command[];

/** The command called `name`, if any. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
