/** Why a passage matched: the words to highlight, found by the offsets the analysis kept. */
import type { Span } from "../analysis/sentences.ts";
import type { Hit, SearchIndex } from "../index/search-index.ts";

export interface Explanation {
  /** Spans of the passage's words that matched, in order. */
  readonly highlights: readonly Span[];
}

/** The words of a hit's passage whose index terms matched the query. */
export function explain(index: SearchIndex, hit: Hit): Explanation {
  const matched = new Set(hit.matchedTerms);
  const highlights = index
    .tokensOf(hit.passage)
    .filter((t) => t.terms.some((term) => matched.has(term)))
    .map(({ start, end }) => ({ start, end }));
  return { highlights };
}
