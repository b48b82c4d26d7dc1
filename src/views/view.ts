/**
 * What a command answers, as data: every adapter (Discord, console, CLI) renders a `View` its own
 * way, and words it in the user's language from the phrase tables.
 */
import type { Article } from "../corpus/article.ts";
import type { AskResult } from "../engine/ask.ts";
import type { QuoteResult, SpeakerChoice } from "../engine/quote.ts";
import type { SectionResult, TocEntry } from "../engine/sections.ts";
import type { PhraseKey, PhraseValue } from "./locales/index.ts";

/** Something the user has to fix: a phrase and the values for its placeholders (echoed user text among them). */
export interface Problem {
  readonly phrase: PhraseKey;
  readonly values: Readonly<Record<string, PhraseValue>>;
}

/** A command as /help lists it: its name and the option it mostly takes. */
export interface HelpEntry {
  readonly name: string;
  /** The command's required option, shown as `<option>`. */
  readonly option?: string;
}

/** What a command answers; adapters render it. */
export type View =
  | { readonly kind: "ask"; readonly result: AskResult }
  | { readonly kind: "section"; readonly result: SectionResult }
  | { readonly kind: "sections"; readonly entries: readonly TocEntry[] }
  | { readonly kind: "quote"; readonly result: QuoteResult }
  | { readonly kind: "about"; readonly articles: readonly Article[]; readonly entries: readonly TocEntry[] }
  | { readonly kind: "help"; readonly commands: readonly HelpEntry[] }
  | { readonly kind: "problem"; readonly problem: Problem }
  /** What an action did (an article added, say): worded like a problem, private like one. */
  | { readonly kind: "notice"; readonly notice: Problem };

/**
 * One autocomplete suggestion as data; each adapter words it and fits it to its own limits.
 * `place`: where a partial question points (its value is the question itself, so it must never be cut).
 */
export type Suggestion =
  /** `byArticle`: the article is named in the label, and the value says which article is meant. */
  | { readonly kind: "section"; readonly entry: TocEntry; readonly byArticle?: boolean }
  | { readonly kind: "speaker"; readonly choice: SpeakerChoice }
  | { readonly kind: "article"; readonly article: Article }
  | {
      readonly kind: "place";
      readonly sectionTitle: string;
      readonly paragraph: number;
      readonly question: string;
    };
