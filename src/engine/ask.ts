/** `ask(question)`: the passages that answer a question, best first, each explained; or that the article does not say. */
import type { AnswerType } from "../analysis/analyzer.ts";
import type { Span } from "../analysis/sentences.ts";
import type { Article } from "../corpus/article.ts";
import type { Passage } from "../index/passages.ts";
import type { Hit, SearchIndex } from "../index/search-index.ts";
import type { EntityAliases } from "./entities.ts";
import { type Explanation, explain } from "./explain.ts";

export interface PassageResult extends Explanation {
  readonly article: Article;
  readonly passage: Passage;
  readonly score: number;
  /** The sentence that answers best: the one the ranking counted. */
  readonly bestSentence: Span;
}

export interface AskResult {
  readonly query: string;
  /** True when the question had no words to search for (empty, only punctuation or stop words). */
  readonly empty: boolean;
  /**
   * False when the article does not say: the words that make the question specific are not in
   * it, or it asks for a time or an amount that no passage near the question holds. `results`
   * are then only related passages (possibly none).
   */
  readonly answered: boolean;
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
/**
 * Below this share of the question (rarity-weighted, a concept the article lacks counting as the
 * rarest), the best passage does not answer it. Set on the tuning sets and the questions each
 * article does not answer (test/fixtures/unanswerable.jsonl) for at most 2% false abstentions.
 */
const MIN_ANSWERED = 0.1;
/** How many of the best passages may hold the time or amount a question asks for. */
const ANSWER_TYPE_DEPTH = 2;

/** Ranks passages for a question in English or German. Never throws on any input string. */
export function ask(index: SearchIndex, question: string, options: AskOptions = {}): AskResult {
  const query = question.trim();
  const terms = index.analyzer.analyzeQuery(query, options.aliases ? { aliases: options.aliases } : {});
  if (terms.length === 0) return { query, empty: true, answered: false, results: [] };
  const limit = options.limit ?? DEFAULT_LIMIT;
  const answerType = index.analyzer.answerType(query);
  const hits = index.search(terms, {
    limit,
    answerType,
    ...(options.articleId ? { articleId: options.articleId } : {}),
  });
  const results = hits.flatMap((hit) => {
    const article = index.articleById.get(hit.passage.articleId);
    if (!article) return [];
    const { passage, score, sentence } = hit;
    return [{ article, passage, score, bestSentence: sentence, ...explain(index, hit) }];
  });
  const typed = answerType !== undefined && TELLING_TYPES.has(answerType);
  return { query, empty: false, answered: answers(hits, typed), results };
}

/**
 * The kinds of answer whose absence tells: a `when` question near no time, a `how old` near no
 * age, a `how long` near no length of time, a `how many` near no figure. A reason or a statement can be worded without a connective or quotation marks.
 */
const TELLING_TYPES: ReadonlySet<AnswerType> = new Set(["time", "age", "duration", "amount"]);

/** Whether the best hits answer the question (see `AskResult.answered`). */
function answers(hits: readonly Hit[], typed: boolean): boolean {
  const [best] = hits;
  if (!best || best.answers < MIN_ANSWERED) return false;
  return !typed || hits.slice(0, ANSWER_TYPE_DEPTH).some((h) => h.holdsAnswerType);
}
