/**
 * The analysis chain, shared by indexing and querying so both sides produce the same terms:
 * tokenize → fold (case, umlauts, ß) → drop stop words → decompound → stem (word-terms.ts).
 * Queries additionally pass through the stages in query/ (glossary phrases, synonyms, typos,
 * separable verbs, entity aliases), and each query term carries a weight by kind (query/terms.ts).
 */
import { memoizeWord } from "./memo.ts";
import { foldWord } from "./normalize.ts";
import { analyzeQuery, type QueryOptions } from "./query/analyze.ts";
import { type AnswerType, answerType } from "./query/answer-type.ts";
import type { QueryTerm } from "./query/terms.ts";
import { queryTokens } from "./query/words.ts";
import type { AnalysisTables } from "./tables.ts";
import { words } from "./tokenize.ts";
import { type AnalysedToken, createWordAnalysis } from "./word-terms.ts";

export type { EntityAliases } from "./query/aliases.ts";
export type { AnswerType } from "./query/answer-type.ts";
export type { QueryTerm } from "./query/terms.ts";
export type { AnalysedToken } from "./word-terms.ts";

export interface Analyzer {
  /** Index terms of one word of article text: its stem, then the stems of its compound parts. */
  indexTerms(word: string): string[];
  /** Every word of a text with its offsets and index terms. */
  analyzeText(text: string): AnalysedToken[];
  /** The weighted terms of a user's query, in either language. */
  analyzeQuery(text: string, options?: QueryOptions): QueryTerm[];
  /** What kind of answer a question asks for (`when` a time, `how many` an amount), if its words say. */
  answerType(text: string): AnswerType | undefined;
  /** Whether a folded word occurs in the corpus (as written or by stem). */
  knows(folded: string): boolean;
  /** The tables the analyzer was made with. */
  readonly tables: AnalysisTables;
}

/**
 * Builds the analyzer for a corpus, whose words also serve as the decompounding dictionary (with
 * the data files' words in `tables.dictionary`).
 */
export function createAnalyzer(corpusWords: Iterable<string>, tables: AnalysisTables): Analyzer {
  const wordAnalysis = createWordAnalysis(corpusWords, tables);
  const ctx = {
    tables,
    words: wordAnalysis,
    foldedWordsOf: memoizeWord((phrase: string): readonly string[] => words(phrase).map(foldWord)),
  };
  return {
    tables,
    indexTerms: wordAnalysis.indexTerms,
    analyzeText: wordAnalysis.analyzeText,
    knows: wordAnalysis.knows,
    analyzeQuery: (text, options) => analyzeQuery(ctx, text, options),
    answerType: (text) => answerType(queryTokens(text)),
  };
}

export type { QueryOptions };
