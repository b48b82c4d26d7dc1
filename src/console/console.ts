/**
 * The local console: answers the bot's commands on a terminal, so the bot can be tried without
 * Discord. Interactive with a prompt on a TTY; with piped input it answers each line and exits.
 */
import { createInterface } from "node:readline";
import type { CommandContext } from "../../commands/contract.ts";
import { invoke } from "../../commands/invoke.ts";
import { findCommand } from "../../commands/registry.ts";
import { plainPhrase, renderView } from "../views/plain.ts";

/** Answers one console line: `/command text`, or plain text as a question. Never throws. */
export function answerLine(context: CommandContext, line: string): string {
  const text = line.trim();
  if (!text) return "";
  const slash = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  const name = slash ? (slash[1] ?? "").toLowerCase() : "ask";
  const rest = slash ? (slash[2] ?? "") : text;
  const command = findCommand(name);
  if (!command) return plainPhrase(context.locale, "consoleUnknownCommand", { name });
  // The console passes the rest of the line as the command's first option, as a user would type it.
  const first = command.options[0];
  const raw = first && first.type === "string" && (rest || first.required) ? { [first.name]: rest } : {};
  return renderView(invoke(command, context, raw), context.locale);
}

/** Runs the console on stdin/stdout until end of input (or `/quit` on a terminal). */
export async function runConsole(context: CommandContext, banner: string): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY);
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  if (interactive) {
    process.stdout.write(`${banner}\nType a question, or /help. /quit leaves.\n`);
    rl.setPrompt("article-bot> ");
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && /^\/(quit|exit)\b/.test(line.trim())) break;
    const answer = answerLine(context, line);
    if (answer) process.stdout.write(`${answer}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
