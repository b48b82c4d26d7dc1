/** What every query stage reads: the tables and the corpus's word analysis. */
import type { AnalysisTables } from "../tables.ts";
import type { WordAnalysis } from "../word-terms.ts";

export interface QueryContext {
  readonly tables: AnalysisTables;
  readonly words: WordAnalysis;
  /** The folded words of a glossary or thesaurus entry (the same few come up query after query). */
  readonly foldedWordsOf: (phrase: string) => readonly string[];
}

/** Limits that keep query analysis cheap on any input. */
export const QUERY_LIMITS = {
  /** Longest query we analyse: beyond it, words add nothing but time. */
  maxWords: 64,
  /** Translations beyond these add more noise than recall. */
  maxTranslations: 8,
  /** Senses of a dictionary headword searched (the best few: more are noise), and words per sense. */
  maxSenses: 3,
  maxSenseWords: 3,
  /** Shortest stem a typed word may match as a prefix of: shorter ones match half the vocabulary. */
  minPrefixStem: 4,
  /** Words outside this range get no typo tolerance (fuzzy costs grow with length). */
  minFuzzyWord: 5,
  maxFuzzyWord: 24,
  /** Shortest word for which two swapped letters are looked for. */
  minSwapWord: 4,
  /** From this length a glossary look-up tolerates two typos; below it one (`ceasfire`). */
  longWord: 12,
} as const;
