/**
 * `/quote <speaker or topic>`: what a person or institution said in the articles, or the quotes
 * about a topic, each with its speaker. The quotes are extracted once, at start-up.
 */
import type MiniSearch from "minisearch";
import type { Analyzer, QueryTerm } from "../analysis/analyzer.ts";
import { foldPhrase } from "../analysis/normalize.ts";
import { words } from "../analysis/tokenize.ts";
import type { Article } from "../corpus/article.ts";
import type { Passage } from "../index/passages.ts";
import { termQuery } from "../index/query-options.ts";
import { buildOrRestoreIndex, type MiniSearchJson } from "../index/saved-index.ts";
import type { SearchIndex } from "../index/search-index.ts";
import { extractArticleQuotes } from "../quotes/extract.ts";
import { buildSpeakerIndex, matchIndexedSpeaker, type SpeakerIndex } from "../quotes/match.ts";
import type { Quote, Speaker } from "../quotes/quote.ts";
import type { QuoteTables } from "../quotes/tables.ts";

export interface QuoteBook {
  readonly articles: readonly Article[];
  /** All quotes, in article order. */
  readonly quotes: readonly Quote[];
  /** The speakers of each article (the same person in two articles is listed twice, with one name). */
  readonly speakers: readonly Speaker[];
  /** Quotes whose text or sentence matches the analysed query terms, best first. */
  searchQuotes(terms: readonly QueryTerm[], articleId?: string): { quote: Quote; score: number }[];
  /** How many quotes each speaker (by canonical name) has. */
  readonly quoteCounts: ReadonlyMap<string, number>;
  /** Each speaker's quotes (by canonical name), in article order. */
  readonly quotesBy: ReadonlyMap<string, readonly Quote[]>;
  /** Each article's position in `articles`. */
  readonly articleRank: ReadonlyMap<string, number>;
  /** The speakers indexed for matching, their aliases made once (at first use). */
  speakerIndex(): SpeakerIndex;
  /** What speaker autocomplete looks speakers up by (at first use). */
  choiceIndex(): ChoiceIndex;
  /** The speaker a query names, if it names one unambiguously. */
  findSpeaker(query: string, articleId?: string): { speaker: Speaker; rest: readonly string[] } | undefined;
  /** The extracted quotes and their index as plain data, to restore the book without extracting again. */
  snapshot(): QuoteBookSnapshot;
}

/** A quote book as plain data (see engine/cache.ts). */
export interface QuoteBookSnapshot {
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly index: MiniSearchJson;
}

export interface QuoteOptions {
  readonly articleId?: string;
  /** How many quotes at most (default 25 for a speaker, 10 for a topic). */
  readonly limit?: number;
}

export interface QuoteResult {
  readonly query: string;
  /** The speaker the query named, or null for a topic query. */
  readonly speaker: Speaker | null;
  /** A speaker's quotes (direct speech first, each in article order), or a topic's quotes, best first. */
  readonly quotes: readonly Quote[];
  /** Passages mentioning a speaker who has no quote. */
  readonly mentions: readonly Passage[];
}

/** A speaker offered by autocomplete, with how often the articles quote them; adapters word and cut it. */
export interface SpeakerChoice {
  readonly speaker: Speaker;
  readonly quotes: number;
}

const SPEAKER_LIMIT = 25;
const TOPIC_LIMIT = 10;
const MENTION_LIMIT = 5;
// Like the passage index: the quoted words count more than the sentence around them.
const TEXT_BOOST = 2;

/** Each speaker's quotes, in article order. */
function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const quotesBy = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const own = quotesBy.get(q.speaker);
    if (own) own.push(q);
    else quotesBy.set(q.speaker, [q]);
  }
  return quotesBy;
}

/** Quotes whose text or sentence matches the terms, best first (see `QuoteBook.searchQuotes`). */
function searchQuoteIndex(
  mini: MiniSearch<Quote>,
  byId: ReadonlyMap<string, Quote>,
  terms: readonly QueryTerm[],
  articleId: string | undefined,
): { quote: Quote; score: number }[] {
  if (terms.length === 0) return [];
  const { query, options } = termQuery(terms);
  const results = mini.search(query, {
    ...options,
    boost: { text: TEXT_BOOST },
    filter: (r) => !articleId || byId.get(r.id as string)?.articleId === articleId,
  });
  return results.flatMap((r) => {
    const quote = byId.get(r.id as string);
    return quote ? [{ quote, score: r.score }] : [];
  });
}

/**
 * Extracts the quotes and speakers of all articles and indexes the quotes for topic search; or
 * takes them from a snapshot made of the same articles (quote extraction is most of start-up).
 * The analyzer's glossary translates speaker queries (`Kremlin chief`).
 */
export function buildQuoteBook(
  articles: readonly Article[],
  analyzer: Analyzer,
  tables: QuoteTables,
  prebuilt?: QuoteBookSnapshot,
): QuoteBook {
  const extraction = { ...tables, stopWords: analyzer.tables.stopWords };
  const extracted = prebuilt ? [prebuilt] : articles.map((a) => extractArticleQuotes(a, extraction));
  const quotes = extracted.flatMap((e) => e.quotes);
  const speakers = extracted.flatMap((e) => e.speakers);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const { mini, save } = buildOrRestoreIndex<Quote>(
    quotes,
    {
      fields: ["text", "context"],
      storeFields: [],
      tokenize: words,
      processTerm: (term) => analyzer.indexTerms(term),
    },
    prebuilt?.index,
    "quotes",
  );
  const quotesBy = quotesBySpeaker(quotes);
  const quoteCounts = new Map([...quotesBy].map(([name, own]) => [name, own.length]));
  const quotedNames = new Set(quoteCounts.keys());
  // Made at the first /quote or autocomplete, so a start does not wait for it.
  let index: SpeakerIndex | undefined;
  const speakerIndex = () => {
    index ??= buildSpeakerIndex(speakers);
    return index;
  };
  // Made at the first speaker autocomplete: every keystroke then looks at the speakers it can match.
  let choices: ChoiceIndex | undefined;
  const choiceIndex = () => {
    choices ??= buildChoiceIndex(speakerIndex(), quoteCounts);
    return choices;
  };
  return {
    articles,
    quotes,
    speakers,
    quoteCounts,
    quotesBy,
    articleRank: new Map(articles.map((a, i) => [a.id, i])),
    speakerIndex,
    choiceIndex,
    snapshot: () => ({
      quotes,
      speakers,
      index: save(),
    }),
    searchQuotes: (terms, articleId) => searchQuoteIndex(mini, byId, terms, articleId),
    findSpeaker(query, articleId) {
      const match = matchIndexedSpeaker(speakerIndex(), query, analyzer.tables, quotedNames, articleId);
      const speaker = match?.speakers[0];
      return match && speaker ? { speaker, rest: match.rest } : undefined;
    },
  };
}

/** The quotes of a speaker or about a topic, in either language. Never throws on any input string. */
export function quote(
  book: QuoteBook,
  index: SearchIndex,
  query: string,
  options: QuoteOptions = {},
): QuoteResult {
  const text = query.trim();
  const empty = { query: text, speaker: null, quotes: [], mentions: [] };
  if (!words(text).length) return empty;
  const found = book.findSpeaker(text, options.articleId);
  if (found) return speakerQuotes(book, index, text, found.speaker, found.rest, options);
  const terms = index.analyzer.analyzeQuery(text);
  const ranked = book.searchQuotes(terms, options.articleId).map((r) => r.quote);
  return { ...empty, quotes: ranked.slice(0, options.limit ?? TOPIC_LIMIT) };
}

function articleOrder(book: QuoteBook): (a: Quote, b: Quote) => number {
  const rank = book.articleRank;
  return (a, b) =>
    (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0) ||
    a.sectionIndex - b.sectionIndex ||
    a.paragraph - b.paragraph ||
    a.start - b.start;
}

function speakerQuotes(
  book: QuoteBook,
  index: SearchIndex,
  query: string,
  speaker: Speaker,
  rest: readonly string[],
  options: QuoteOptions,
): QuoteResult {
  const inScope = (articleId: string) => !options.articleId || articleId === options.articleId;
  let own = (book.quotesBy.get(speaker.name) ?? []).filter((q) => inScope(q.articleId));
  if (rest.length > 0) {
    // "Trump deal": the speaker's quotes on that topic, if there are any.
    const terms = index.analyzer.analyzeQuery(rest.join(" "));
    const onTopic = new Set(book.searchQuotes(terms, options.articleId).map((r) => r.quote.id));
    const matching = own.filter((q) => onTopic.has(q.id));
    if (matching.length > 0) own = matching;
  }
  const order = articleOrder(book);
  const quotes = [
    ...own.filter((q) => q.kind === "direct"),
    ...own.filter((q) => q.kind === "indirect"),
  ].sort((a, b) => (a.kind === b.kind ? order(a, b) : a.kind === "direct" ? -1 : 1));
  const limited = quotes.slice(0, options.limit ?? SPEAKER_LIMIT);
  const mentions = limited.length === 0 ? mentionsOf(book, index, speaker, options) : [];
  return { query, speaker, quotes: limited, mentions };
}

/** Passages that name a speaker (any form the article uses), found through the search index, in reading order. */
function mentionsOf(book: QuoteBook, index: SearchIndex, speaker: Speaker, options: QuoteOptions): Passage[] {
  const same = book.speakers.filter(
    (s) => s.name === speaker.name && (!options.articleId || s.articleId === options.articleId),
  );
  const forms = [...new Set(same.flatMap((s) => s.forms))].filter((f) => f.length >= 3);
  if (forms.length === 0) return [];
  const articles = new Set(same.map((s) => s.articleId));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${forms.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "u",
  );
  // The passages of the speaker's own articles, read through: a search for the names would score
  // every passage a role word occurs in (at 1,000 articles, thousands) to keep a handful.
  // Reading order is the index's: articles in corpus order, then sections, then paragraphs.
  const rank = book.articleRank;
  return index.passages
    .filter((p) => articles.has(p.articleId) && pattern.test(p.text))
    .sort(
      (a, b) =>
        (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0) ||
        a.sectionIndex - b.sectionIndex ||
        a.paragraph - b.paragraph,
    )
    .slice(0, options.limit ?? MENTION_LIMIT);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Autocomplete for the speaker option: speakers whose forms start with or contain the partial text, best first. */
export function speakerChoices(
  book: QuoteBook,
  partial: string,
  limit: number = Number.POSITIVE_INFINITY,
): SpeakerChoice[] {
  const wanted = foldPhrase(partial);
  const counts = book.quoteCounts;
  const { speakers, aliases } = book.speakerIndex();
  const { byPiece, names, firstOf } = book.choiceIndex();
  const choice = (speaker: Speaker) => ({ speaker, quotes: counts.get(speaker.name) ?? 0 });
  // Nothing typed: every speaker ranks alike, so the first names in their standing order.
  if (!wanted)
    return names.slice(0, limit).map((name) => choice(speakers[firstOf.get(name) ?? 0] as Speaker));
  const byName = new Map<string, { speaker: Speaker; rank: number }>();
  // An alias containing the partial text contains its first three characters: only the speakers
  // with that piece can rank, in the same order as the whole list.
  for (const at of byPiece.get(wanted.slice(0, CHOICE_PIECE)) ?? []) {
    const s = speakers[at] as Speaker;
    const rank = choiceRank(aliases[at] ?? [], wanted);
    const known = byName.get(s.name);
    if (rank > 0 && (!known || rank > known.rank)) byName.set(s.name, { speaker: s, rank });
  }
  if (byName.size === 0) {
    const match = book.findSpeaker(partial);
    if (match) byName.set(match.speaker.name, { speaker: match.speaker, rank: 1 });
  }
  const { nameOrder } = book.choiceIndex();
  return [...byName.values()]
    .sort(
      (a, b) =>
        b.rank - a.rank || (nameOrder.get(a.speaker.name) ?? 0) - (nameOrder.get(b.speaker.name) ?? 0),
    )
    .slice(0, limit)
    .map(({ speaker }) => choice(speaker));
}

/** The longest piece of an alias the choice index keys speakers by. */
const CHOICE_PIECE = 3;

/** What speaker autocomplete looks speakers up by, made once per quote book. */
export interface ChoiceIndex {
  /** Speaker positions by every piece of one to `CHOICE_PIECE` characters of their alias keys, each once, ascending. */
  readonly byPiece: ReadonlyMap<string, readonly number[]>;
  /** The speakers' names in the order equally ranked choices come: most quoted first, then alphabetical. */
  readonly names: readonly string[];
  /** Each name's place in `names` (collation is too slow to sort by per keystroke). */
  readonly nameOrder: ReadonlyMap<string, number>;
  /** Each name's first speaker position. */
  readonly firstOf: ReadonlyMap<string, number>;
}

/** The choice index of a speaker index, `counts` being the quotes per speaker name. */
export function buildChoiceIndex(index: SpeakerIndex, counts: ReadonlyMap<string, number>): ChoiceIndex {
  const names = [...new Set(index.speakers.map((s) => s.name))].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
  const firstOf = new Map<string, number>();
  for (const [at, s] of index.speakers.entries()) if (!firstOf.has(s.name)) firstOf.set(s.name, at);
  return { byPiece: piecesOf(index), names, nameOrder: new Map(names.map((name, i) => [name, i])), firstOf };
}

function piecesOf(index: SpeakerIndex): Map<string, number[]> {
  const byPiece = new Map<string, number[]>();
  for (const [at, aliases] of index.aliases.entries()) {
    const pieces = new Set<string>();
    for (const { key } of aliases)
      for (let i = 0; i < key.length; i++)
        for (let n = 1; n <= CHOICE_PIECE && i + n <= key.length; n++) pieces.add(key.slice(i, i + n));
    for (const piece of pieces) {
      const list = byPiece.get(piece);
      if (list) list.push(at);
      else byPiece.set(piece, [at]);
    }
  }
  return byPiece;
}

/** 3: a form starts with the partial text, 2: a word of a form does, 1: a form contains it, 0: none. */
function choiceRank(aliases: readonly { key: string }[], wanted: string): number {
  let rank = 0;
  for (const a of aliases) {
    if (a.key.startsWith(wanted)) return 3;
    // A word of the form starts with it (a partial with a space cannot start a word).
    if (!wanted.includes(" ") && a.key.includes(` ${wanted}`)) rank = Math.max(rank, 2);
    else if (a.key.includes(wanted)) rank = Math.max(rank, 1);
  }
  return rank;
}
