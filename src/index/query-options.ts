/**
 * How analysed query terms are handed to minisearch, shared by the passage index and the quote
 * index: each term with its own weight, prefix and typo tolerance (see analysis/analyzer.ts).
 */
import type { SearchOptions } from "minisearch";
import type { QueryTerm } from "../analysis/analyzer.ts";

// Typos and prefixes count for less than exact terms. Tuned on test/fixtures/questions.dev.jsonl.
const FUZZY_WEIGHT = 0.3;
const PREFIX_WEIGHT = 0.4;
const MAX_FUZZY_EDITS = 2;

/** The query string and the options that make minisearch score `terms` as analysed. */
export function termQuery(terms: readonly QueryTerm[]): {
  query: string;
  options: Omit<SearchOptions, "filter">;
} {
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  return {
    query: terms.map((t) => t.term).join(" "),
    options: {
      // The terms are analysed already: split them back, and leave them as they are.
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boostTerm: (t) => byTerm.get(t)?.weight ?? 1,
      prefix: (t) => byTerm.get(t)?.prefix ?? false,
      fuzzy: (t) => (byTerm.get(t)?.fuzzy ? 0.2 : false),
      maxFuzzy: MAX_FUZZY_EDITS,
      weights: { fuzzy: FUZZY_WEIGHT, prefix: PREFIX_WEIGHT },
    },
  };
}
