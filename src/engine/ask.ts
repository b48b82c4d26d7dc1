/** `ask(question)`: the passages that answer a question, best first, each explained. */
import type { Article } from "../corpus/article.ts";
import type { Passage } from "../index/passages.ts";
import type { SearchIndex } from "../index/search-index.ts";
import { type EntityAliases, withEntityAliases } from "./entities.ts";
import { type Explanation, explain } from "./explain.ts";

export interface PassageResult extends Explanation {
  readonly article: Article;
  readonly passage: Passage;
  readonly score: number;
}

export interface AskResult {
  readonly query: string;
  /** True when the question had no words to search for (empty, only punctuation or stop words). */
  readonly empty: boolean;
  readonly results: readonly PassageResult[];
}

export interface AskOptions {
  /** Other names of the people in the corpus (Kremlchef ↔ Putin), from the quote book. */
  readonly aliases?: EntityAliases;
  readonly articleId?: string;
  /** How many passages at most (default 5). */
  readonly limit?: number;
}

const DEFAULT_LIMIT = 5;
/** Another name of a person counts a little less than the name the user typed. */
const ALIAS_WEIGHT = 0.7;

/** Ranks passages for a question in English or German. Never throws on any input string. */
export function ask(index: SearchIndex, question: string, options: AskOptions = {}): AskResult {
  const query = question.trim();
  const typed = index.analyzer.analyzeQuery(query);
  const terms = options.aliases ? withEntityAliases(typed, options.aliases, ALIAS_WEIGHT) : typed;
  if (terms.length === 0) return { query, empty: true, results: [] };
  const limit = options.limit ?? DEFAULT_LIMIT;
  const hits = index.search(terms, { limit, ...(options.articleId ? { articleId: options.articleId } : {}) });
  const results = hits.flatMap((hit) => {
    const article = index.articleById.get(hit.passage.articleId);
    return article ? [{ article, passage: hit.passage, score: hit.score, ...explain(index, hit) }] : [];
  });
  return { query, empty: false, results };
}
