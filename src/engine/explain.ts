/** Why a passage matched: the words to highlight and the sentence that best answers the query. */
import type { Span } from "../analysis/sentences.ts";
import type { Hit, SearchIndex } from "../index/search-index.ts";

export interface Explanation {
  /** The sentence with the most distinct matched terms (the first, on a tie). */
  readonly bestSentence: Span;
  /** Spans of the passage's words that matched, in order. */
  readonly highlights: readonly Span[];
}

/** Explains a hit by re-finding its matched terms in the passage (minisearch keeps no offsets). */
export function explain(index: SearchIndex, hit: Hit): Explanation {
  const { passage } = hit;
  const matched = new Set(hit.matchedTerms);
  const highlights = index.tokensOf(passage).filter((t) => t.terms.some((term) => matched.has(term)));
  let bestSentence = passage.sentences[0] ?? { start: 0, end: passage.text.length };
  let bestScore = 0;
  for (const sentence of passage.sentences) {
    const inside = highlights.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
    const distinct = new Set(inside.flatMap((h) => h.terms.filter((t) => matched.has(t)))).size;
    if (distinct > bestScore) {
      bestScore = distinct;
      bestSentence = sentence;
    }
  }
  return { bestSentence, highlights: highlights.map(({ start, end }) => ({ start, end })) };
}
