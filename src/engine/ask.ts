/** `ask(question)`: the passages that answer a question, best first, each explained. */
import type { Span } from "../analysis/sentences.ts";
import type { Article } from "../corpus/article.ts";
import type { Passage } from "../index/passages.ts";
import type { SearchIndex } from "../index/search-index.ts";
import type { EntityAliases } from "./entities.ts";
import { type Explanation, explain } from "./explain.ts";

export interface PassageResult extends Explanation {
  readonly article: Article;
  /** The sentence that answers best: the one the ranking counted. */
  readonly bestSentence: Span;
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

/** Ranks passages for a question in English or German. Never throws on any input string. */
export function ask(index: SearchIndex, question: string, options: AskOptions = {}): AskResult {
  const query = question.trim();
  const terms = index.analyzer.analyzeQuery(query, options.aliases ? { aliases: options.aliases } : {});
  if (terms.length === 0) return { query, empty: true, results: [] };
  const limit = options.limit ?? DEFAULT_LIMIT;
  const hits = index.search(terms, { limit, ...(options.articleId ? { articleId: options.articleId } : {}) });
  const results = hits.flatMap((hit) => {
    const article = index.articleById.get(hit.passage.articleId);
    return article
      ? [
          {
            article,
            passage: hit.passage,
            score: hit.score,
            bestSentence: hit.sentence,
            ...explain(index, hit),
          },
        ]
      : [];
  });
  return { query, empty: false, results };
}
