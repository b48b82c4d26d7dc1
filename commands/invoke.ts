/**
 * Runs a command with raw option values, for every adapter alike: validation (problems become
 * sentences naming the option), the `article` option resolved once, then execute.
 */
import type { z } from "zod";
import type { Engine } from "../src/engine/engine.ts";
import type { Problem, Suggestion, View } from "../src/views/view.ts";
import type { Command, CommandContext, OptionSpec } from "./contract.ts";
import { optionsSchema } from "./options.ts";
import { suggestArticles } from "./suggest.ts";

/** Validates `raw` against the command's declaration and executes it; invalid options become a problem view. */
export function invoke(command: Command, context: CommandContext, raw: Record<string, unknown>): View {
  const parsed = (command.schema ?? optionsSchema(command.options)).safeParse(raw);
  if (!parsed.success) return { kind: "problem", problem: describeOptionError(command, parsed.error) };
  const options = parsed.data;
  if (!command.options.some((o) => o.name === "article")) return command.execute(context, options as never);
  const requested = options.article as string | undefined;
  const article = resolveArticle(context.engine, requested);
  if (article === null)
    return { kind: "problem", problem: { phrase: "noArticle", values: { article: requested ?? "" } } };
  return command.execute(context, { ...options, article } as never);
}

/**
 * Autocomplete for any command's option: the `article` option for all of them, the rest by the
 * command, scoped to the article the options already filled in name (`filled`, raw values).
 */
export function suggest(
  command: Command,
  context: CommandContext,
  option: string,
  partial: string,
  filled: Readonly<Record<string, unknown>> = {},
): Suggestion[] {
  if (option === "article" && command.options.some((o) => o.name === "article"))
    return suggestArticles(context.engine, partial);
  const named =
    typeof filled.article === "string" ? resolveArticle(context.engine, filled.article) : undefined;
  return command.autocomplete?.(context, option, partial, named ? { articleId: named } : {}) ?? [];
}

/** The article an `article` option names (by id or title): undefined for none given, null for no such article. */
export function resolveArticle(engine: Engine, requested: string | undefined): string | undefined | null {
  if (!requested) return undefined;
  const wanted = requested.trim().toLowerCase();
  return engine.articles.find((a) => a.id === wanted || a.title.toLowerCase() === wanted)?.id ?? null;
}

/** The first zod issue as a problem naming the option: `Option "question" of /ask: Keep it under 300 characters.` */
export function describeOptionError(command: Command, error: z.ZodError): Problem {
  const issue = error.issues[0];
  const name = issue?.path[0] === undefined ? command.name : String(issue.path[0]);
  const spec: OptionSpec | undefined = command.options.find((o) => o.name === name);
  const values = { option: name, command: command.name };
  if (issue?.code === "too_big" && spec?.maxLength)
    return { phrase: "optionTooLong", values: { ...values, max: spec.maxLength } };
  if (issue?.code === "invalid_type" && issue.input === undefined) return { phrase: "optionMissing", values };
  return { phrase: "optionInvalid", values };
}
