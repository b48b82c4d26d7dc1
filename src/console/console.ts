/**
 * The local console: answers the bot's commands on a terminal, so the bot can be tried without
 * Discord. Interactive with a prompt on a TTY; with piped input it answers each line and exits.
 * A session remembers the article chosen with `/article use <id>`.
 */
import { createInterface } from "node:readline";
import { addArticle, listArticles, removeArticle, useArticle } from "../../commands/article.ts";
import type { CommandContext } from "../../commands/contract.ts";
import { invoke } from "../../commands/invoke.ts";
import { findCommand } from "../../commands/registry.ts";
import { DEFAULT_CORPUS_LIMITS } from "../corpus/load.ts";
import { readRegularFile } from "../corpus/regular-file.ts";
import { plainPhrase, renderView } from "../views/plain.ts";
import type { View } from "../views/view.ts";

/**
 * Answers one console line: `/command text`, or plain text as a question, in the article
 * `articleId` when one is chosen and the line names none. Never throws.
 */
export function answerLine(context: CommandContext, line: string, articleId?: string): string {
  const text = line.trim();
  if (!text) return "";
  const slash = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  const name = slash ? (slash[1] ?? "").toLowerCase() : "ask";
  const rest = slash ? (slash[2] ?? "") : text;
  const command = findCommand(name);
  if (!command) return plainPhrase(context.locale, "consoleUnknownCommand", { name });
  // The console passes the rest of the line as the command's first option, as a user would type it.
  const first = command.options[0];
  const raw: Record<string, unknown> =
    first && first.type === "string" && (rest || first.required) ? { [first.name]: rest } : {};
  if (articleId && command.options.some((o) => o.name === "article")) raw.article = articleId;
  return renderView(invoke(command, context, raw), context.locale);
}

/** A console session: answers lines like `answerLine`, and `/article …` with the article it chose. */
export function createConsoleSession(
  context: CommandContext,
  maxFileBytes: number = DEFAULT_CORPUS_LIMITS.maxFileBytes,
): (line: string) => string {
  let articleId: string | undefined;
  return (line) => {
    const article = /^\/article(?:\s+(\S+))?\s*([\s\S]*)$/i.exec(line.trim());
    if (!article) return answerLine(context, line, articleId);
    const [, sub = "", rest = ""] = article;
    const show = (view: View) => renderView(view, context.locale);
    switch (sub.toLowerCase()) {
      case "list":
        return show(listArticles(context));
      case "add":
        return rest.trim() ? addFromFile(context, rest.trim(), maxFileBytes) : show(usage());
      case "remove":
        return rest.trim() ? show(removeArticle(context, rest.trim())) : show(usage());
      case "use": {
        const used = useArticle(context, rest);
        if (used.view.kind !== "problem") articleId = used.articleId;
        return show(used.view);
      }
      default:
        return show(usage());
    }
  };
}

function usage(): View {
  return { kind: "problem", problem: { phrase: "consoleArticleUsage", values: {} } };
}

/** `/article add <path>`: the file read as the corpus loader reads one (a regular file within the limit). */
function addFromFile(context: CommandContext, path: string, maxFileBytes: number): string {
  const read = readRegularFile(path, maxFileBytes);
  if (!read.ok) return plainPhrase(context.locale, "consoleFileUnreadable", { path, reason: read.problem });
  return renderView(addArticle(context, read.bytes, path), context.locale);
}

/** Runs the console on stdin/stdout until end of input (or `/quit` on a terminal). */
export async function runConsole(
  context: CommandContext,
  banner: string,
  maxFileBytes?: number,
): Promise<void> {
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
  const answer = createConsoleSession(context, maxFileBytes);
  for await (const line of rl) {
    if (interactive && /^\/(quit|exit)\b/.test(line.trim())) break;
    const reply = answer(line);
    if (reply) process.stdout.write(`${reply}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
