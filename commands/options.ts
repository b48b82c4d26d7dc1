/** Option declarations several commands share, and the zod schema every declaration makes. */
import { z } from "zod";
import type { OptionSpec } from "./contract.ts";

/** A question longer than this is not a question (Discord would allow 6,000). */
export const MAX_QUESTION_LENGTH = 300;
/** A name (speaker, heading, article) longer than this names nothing. */
export const MAX_NAME_LENGTH = 100;

/** The optional `article` option: Discord offers it when the corpus holds several articles. */
export const articleOption = {
  name: "article",
  type: "string",
  maxLength: MAX_NAME_LENGTH,
  autocomplete: true,
} as const satisfies OptionSpec;

const VALUE_SCHEMAS = {
  string: () => z.string(),
  integer: () => z.number().int(),
  boolean: () => z.boolean(),
  user: () => z.string(),
} as const;

/** The zod schema of a command's options: the same limits Discord is told (see discord/command-data.ts). */
export function optionsSchema(options: readonly OptionSpec[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const option of options) {
    const base = VALUE_SCHEMAS[option.type]();
    const limited = base instanceof z.ZodString && option.maxLength ? base.max(option.maxLength) : base;
    shape[option.name] = option.required ? limited : limited.optional();
  }
  return z.object(shape);
}
