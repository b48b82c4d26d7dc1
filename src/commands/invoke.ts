/** Runs a command with raw option values: validation with human messages, then execute. */
import type { z } from "zod";
import type { Command, CommandContext, View } from "./contract.ts";

/** Validates `raw` with the command's schema and executes it; invalid options become a problem view. */
export function invoke(command: Command, context: CommandContext, raw: Record<string, unknown>): View {
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) return { kind: "problem", message: describeOptionError(command, parsed.error) };
  return command.execute(context, parsed.data);
}

/** The first zod issue as a sentence naming the option: `question: Keep it under 300 characters.` */
export function describeOptionError(command: Command, error: z.ZodError): { en: string; de: string } {
  const issue = error.issues[0];
  const option = issue?.path[0] === undefined ? command.name : String(issue.path[0]);
  const reason = issue?.message ?? "invalid value";
  return {
    en: `Option "${option}" of /${command.name}: ${reason}`,
    de: `Option „${option}“ von /${command.name}: ${reason}`,
  };
}
