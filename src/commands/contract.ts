/**
 * The contract every file in `commands/` fulfils. A command is platform-neutral: it declares its
 * options, validates them with zod, calls an engine and returns a `View`. The Discord adapter and
 * the console adapter each render views their own way, so both answer the same commands.
 */
import type { z } from "zod";
import type { Article } from "../corpus/article.ts";
import type { AskResult } from "../engine/ask.ts";
import type { Engine } from "../engine/engine.ts";
import type { QuoteResult } from "../engine/quote.ts";
import type { SectionResult, TocEntry } from "../engine/sections.ts";
import type { Choice } from "../render/choice.ts";

export type Locale = "en" | "de";

/** Text in each language the bot speaks; English is the fallback. */
export interface Localized {
  readonly en: string;
  readonly de: string;
}

export interface OptionSpec {
  readonly name: string;
  /** The option's name for German Discord clients. */
  readonly nameDe?: string;
  readonly description: Localized;
  readonly type: "string" | "integer" | "boolean" | "user";
  readonly required?: boolean;
  readonly maxLength?: number;
  /** Suggestions while typing (Discord autocomplete). */
  readonly autocomplete?: boolean;
}

export interface CommandContext {
  readonly engine: Engine;
  readonly locale: Locale;
  /** Every registered command, for /help. */
  readonly commands: readonly Command[];
}

/** What a command answers; adapters render it. */
export type View =
  | { readonly kind: "ask"; readonly result: AskResult }
  | { readonly kind: "section"; readonly result: SectionResult }
  | { readonly kind: "sections"; readonly entries: readonly TocEntry[] }
  | { readonly kind: "quote"; readonly result: QuoteResult }
  | { readonly kind: "about"; readonly articles: readonly Article[]; readonly entries: readonly TocEntry[] }
  | { readonly kind: "help"; readonly commands: readonly Command[] }
  | { readonly kind: "problem"; readonly message: Localized };

export type { Choice } from "../render/choice.ts";

export interface Command<Options = Record<string, unknown>> {
  readonly name: string;
  /** The command's name for German Discord clients (`/frage`). */
  readonly nameDe?: string;
  readonly description: Localized;
  readonly options: readonly OptionSpec[];
  /** Validates raw option values; its error messages are shown to the user. */
  readonly schema: z.ZodType<Options>;
  execute(context: CommandContext, options: Options): View;
  /** Whether the answer is worth suggesting to someone else (Discord adds a `for` user option). */
  readonly sharable?: boolean;
  /** Suggestions for the focused option's partial value. */
  autocomplete?(context: CommandContext, option: string, partial: string): Choice[];
}

/** Identity with a type check: lets a command file declare its options type once. */
export function defineCommand<Options>(command: Command<Options>): Command<Options> {
  return command;
}
