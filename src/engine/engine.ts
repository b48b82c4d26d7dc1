/** The engines over one loaded corpus (passage index and quote book), bundled for the adapters. */
import type { Article } from "../corpus/article.ts";
import { buildSearchIndex, type SearchIndex } from "../index/search-index.ts";
import { type AskOptions, type AskResult, ask } from "./ask.ts";
import { buildEntityAliases } from "./entities.ts";
import {
  buildQuoteBook,
  type QuoteBook,
  type QuoteOptions,
  type QuoteResult,
  quote,
  type SpeakerChoice,
  speakerChoices,
} from "./quote.ts";
import { type SectionResult, section, sections, type TocEntry } from "./sections.ts";

export interface Engine {
  readonly articles: readonly Article[];
  readonly index: SearchIndex;
  ask(question: string, options?: AskOptions): AskResult;
  section(name: string, articleId?: string): SectionResult;
  sections(articleId?: string): TocEntry[];
  /** Quotes of a speaker (any form, either language, typos) or about a topic. */
  quote(query: string, options?: QuoteOptions): QuoteResult;
  /** Speakers matching a partial name, for autocomplete. */
  speakerChoices(partial: string): SpeakerChoice[];
  /** The quotes and speakers of every article, extracted at start-up. */
  readonly quotes: QuoteBook;
}

/** Indexes `articles` and exposes the engines as pure functions over that index. */
export function createEngine(articles: readonly Article[]): Engine {
  const index = buildSearchIndex(articles);
  const quotes = buildQuoteBook(articles, index.analyzer);
  const aliases = buildEntityAliases(quotes.speakers, index.analyzer);
  return {
    articles,
    index,
    ask: (question, options) => ask(index, question, { aliases, ...options }),
    section: (name, articleId) => section(index, name, articleId),
    sections: (articleId) => sections(index, articleId),
    quotes,
    quote: (query, options) => quote(quotes, index, query, options),
    speakerChoices: (partial) => speakerChoices(quotes, partial),
  };
}
