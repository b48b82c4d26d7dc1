/**
 * The contract every command in this folder fulfils. A command is platform-neutral: it declares its
 * options once (that declaration makes the Discord registration data, the zod validation, the
 * console's and the CLI's arguments), calls an engine and returns a `View`. Its words (name,
 * description) are in the phrase tables, `src/views/locales/`.
 */
import type { z } from "zod";
import type { Engine } from "../src/engine/engine.ts";
import type { CorpusControl } from "../src/engine/reload.ts";
import type { Locale } from "../src/views/locales/index.ts";
import type { Suggestion, View } from "../src/views/view.ts";
import { optionsSchema } from "./options.ts";

export interface OptionSpec {
  /** The option's name in English; other locales name it in their phrase table (`option.<name>.name`). */
  readonly name: string;
  readonly type: "string" | "integer" | "boolean" | "user";
  readonly required?: boolean;
  /** The most characters a string option takes, on Discord and in validation alike. */
  readonly maxLength?: number;
  /** Suggestions while typing (Discord autocomplete). */
  readonly autocomplete?: boolean;
}

interface OptionTypes {
  string: string;
  integer: number;
  boolean: boolean;
  user: string;
}

/** The validated option values a command's `execute` receives, typed from its declaration. */
export type OptionsOf<Specs extends readonly OptionSpec[]> = {
  readonly [S in Specs[number] as S["name"]]: S["required"] extends true
    ? OptionTypes[S["type"]]
    : OptionTypes[S["type"]] | undefined;
};

export interface CommandContext {
  readonly engine: Engine;
  readonly locale: Locale;
  /** Every registered command, for /help. */
  readonly commands: readonly Command[];
  /** Changes to the live corpus, where the adapter lets this user make them (/article). */
  readonly corpus?: CorpusControl;
}

/** What autocomplete knows of the options already filled in: the article they name, resolved. */
export interface SuggestScope {
  readonly articleId?: string;
}

export interface Command<Specs extends readonly OptionSpec[] = readonly OptionSpec[]> {
  /** The command's name in English (`/ask`); other locales name it in their phrase table. */
  readonly name: string;
  readonly options: Specs;
  /**
   * Answers validated options. `article`, when declared, arrives resolved: the id of the article
   * the user named, or undefined for all of them (see invoke.ts).
   */
  execute(context: CommandContext, options: OptionsOf<Specs>): View;
  /** Whether the answer is worth suggesting to someone else (Discord adds a `for` user option). */
  readonly sharable?: boolean;
  /** Suggestions for the focused option's partial value, as data (the `article` option is answered for every command). */
  autocomplete?(context: CommandContext, option: string, partial: string, scope: SuggestScope): Suggestion[];
  /**
   * The zod schema of `options`, made once by `defineCommand`: making it (and zod compiling its
   * parser) for every interaction cost more than the validation itself. Made from `options` when absent.
   */
  readonly schema?: z.ZodType<Record<string, unknown>>;
}

/** Lets a command file declare its options once and get their types; adds the options' schema. */
export function defineCommand<const Specs extends readonly OptionSpec[]>(command: Command<Specs>): Command {
  return { ...command, schema: optionsSchema(command.options) } as unknown as Command;
}
