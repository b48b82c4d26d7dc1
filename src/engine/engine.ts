/** The engines over one loaded corpus (passage index and quote book), bundled for the adapters. */
import { type AnalysisTablesSnapshot, snapshotAnalysisTables } from "../analysis/tables.ts";
import type { Article } from "../corpus/article.ts";
import { buildSearchIndex, type SearchIndex, type SearchIndexSnapshot } from "../index/search-index.ts";
import { type AskOptions, type AskResult, ask } from "./ask.ts";
import { buildEntityAliases, type EntityAliases } from "./entities.ts";
import {
  buildQuoteBook,
  type QuoteBook,
  type QuoteBookSnapshot,
  type QuoteOptions,
  type QuoteResult,
  quote,
  type SpeakerChoice,
  speakerChoices,
} from "./quote.ts";
import {
  buildHeadingIndex,
  type HeadingIndex,
  type SectionResult,
  section,
  sectionArticles,
  sections,
  type TocEntry,
} from "./sections.ts";
import type { EngineTables } from "./tables.ts";

export interface Engine {
  readonly articles: readonly Article[];
  /** The analysis tables (glossary, thesaurus…) the index and the quote book were made with. */
  readonly tables: EngineTables;
  readonly index: SearchIndex;
  ask(question: string, options?: AskOptions): AskResult;
  section(name: string, articleId?: string): SectionResult;
  sections(articleId?: string): TocEntry[];
  /** The articles a section name or number fits exactly, when none is chosen (several: ask which). */
  sectionArticles(name: string): Article[];
  /** Quotes of a speaker (any form, either language, typos) or about a topic. */
  quote(query: string, options?: QuoteOptions): QuoteResult;
  /** Speakers matching a partial name, for autocomplete: best first, at most `limit`. */
  speakerChoices(partial: string, limit?: number): SpeakerChoice[];
  /** The quotes and speakers of every article, extracted at start-up. */
  readonly quotes: QuoteBook;
}

/** The costly part of an engine as plain data: what `createEngine` restores instead of computing. */
export interface EngineSnapshot {
  readonly analysis: AnalysisTablesSnapshot;
  readonly passages: SearchIndexSnapshot;
  readonly quotes: QuoteBookSnapshot;
}

/**
 * Indexes `articles` with the analysis tables and exposes the engines as pure functions over that
 * index. With a snapshot of an engine over the same articles (same code, same tables), restores
 * it instead: the answers are the same. Throws when the snapshot does not fit the articles.
 */
export function createEngine(
  articles: readonly Article[],
  tables: EngineTables,
  prebuilt?: Omit<EngineSnapshot, "analysis">,
): Engine {
  const index = buildSearchIndex(articles, tables, prebuilt?.passages);
  const quotes = buildQuoteBook(articles, index.analyzer, tables, prebuilt?.quotes);
  // Only `ask` uses them, so a start whose first command is another does not wait for them.
  let aliases: EntityAliases | undefined;
  const entityAliases = () => {
    aliases ??= buildEntityAliases(quotes.speakers, index.analyzer);
    return aliases;
  };
  // Made at the first /section, like the aliases.
  let headings: HeadingIndex | undefined;
  const headingIndex = () => {
    headings ??= buildHeadingIndex(index);
    return headings;
  };
  let allContents: TocEntry[] | undefined;
  const contents = (articleId?: string) => {
    if (articleId) return sections(index, articleId);
    allContents ??= sections(index);
    return allContents;
  };
  return {
    articles,
    tables,
    index,
    ask: (question, options) =>
      ask(index, question, { ...options, aliases: options?.aliases ?? entityAliases() }),
    section: (name, articleId) => section(index, name, articleId, headingIndex()),
    // The contents of every article, made once: /sections and /about without an article keep it
    // with their pages, and one list shared by all of them costs nothing per answer.
    sections: contents,
    sectionArticles: (name) => sectionArticles(headingIndex(), name),
    quotes,
    quote: (query, options) => quote(quotes, index, query, options),
    speakerChoices: (partial, limit) => speakerChoices(quotes, partial, limit),
  };
}

/**
 * The snapshot's parts, each made when called: a writer can serialize one and let it go before
 * making the next (each is tens of MB at 1,000 articles). In the order `snapshotEngine` has them.
 */
export function snapshotEngineParts(engine: Engine): {
  readonly [K in keyof EngineSnapshot]: () => EngineSnapshot[K];
} {
  return {
    analysis: () => snapshotAnalysisTables(engine.tables),
    passages: () => engine.index.snapshot(),
    quotes: () => engine.quotes.snapshot(),
  };
}

/** The engine's costly state as plain data, for `createEngine(articles, snapshot)`. */
export function snapshotEngine(engine: Engine): EngineSnapshot {
  const parts = snapshotEngineParts(engine);
  return { analysis: parts.analysis(), passages: parts.passages(), quotes: parts.quotes() };
}
