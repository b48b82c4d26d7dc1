/** Every command, by name. Adding a command: create `commands/<name>.ts`, list it here, name it in the phrase tables. */
import about from "./about.ts";
import ask from "./ask.ts";
import type { Command } from "./contract.ts";
import help from "./help.ts";
import quote from "./quote.ts";
import section from "./section.ts";
import sections from "./sections.ts";

/** All commands in the order /help lists them. */
export const COMMANDS: readonly Command[] = [ask, quote, section, sections, about, help];

/** The command called `name`, if any. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
