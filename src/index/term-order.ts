/**
 * minisearch's term tree iterates in an order that depends on the order terms were inserted, and
 * prefix and typo matches are scored in that order; floating-point sums depend on it in their last
 * bits, and equal scores keep it. `loadJS` inserts terms in the order of the saved list, so a
 * restored index ranks exactly like the built one only if that list is in first-insertion order.
 * This module records that order while indexing and puts the saved list in it.
 */
import type { MiniSearchJson } from "./search-index.ts";

/** A `processTerm` that also records every term it yields, in the order first yielded. */
export function recordingTerms(processTerm: (term: string) => string[]): {
  processTerm: (term: string) => string[];
  order: Set<string>;
} {
  const order = new Set<string>();
  return {
    order,
    processTerm: (term) => {
      const terms = processTerm(term);
      for (const t of terms) order.add(t);
      return terms;
    },
  };
}

/** minisearch's JSON with its term list in `order` (terms not in it keep their place, after). */
export function inTermOrder(json: MiniSearchJson, order: Iterable<string>): MiniSearchJson {
  const rank = new Map<string, number>();
  for (const term of order) rank.set(term, rank.size);
  const index = json.index
    .map((entry, i) => ({ entry, rank: rank.get(entry[0]) ?? rank.size + i }))
    .sort((a, b) => a.rank - b.rank)
    .map((e) => e.entry);
  return { ...json, index };
}
