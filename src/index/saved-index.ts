/**
 * A minisearch index that is built, or restored from its saved JSON, so that both rank alike.
 *
 * minisearch's term tree iterates in an order that depends on the order terms were inserted, and
 * prefix and typo matches are scored in that order; floating-point sums depend on it in their last
 * bits, and equal scores keep it. `loadJS` inserts terms in the order of the saved list, so a
 * restored index ranks exactly like the built one only if that list is in first-insertion order.
 * This module records that order while indexing and saves the list in it.
 */
import MiniSearch, { type Options } from "minisearch";

/** minisearch's serialised index (`toJSON`), as `loadJS` takes it back. */
export type MiniSearchJson = Parameters<typeof MiniSearch.loadJS>[0];

/** An index and how to save it. */
export interface SavedIndex<T> {
  readonly mini: MiniSearch<T>;
  /** The index as JSON, terms in first-insertion order (see above). */
  save(): MiniSearchJson;
}

/**
 * Indexes `docs` with `options` (whose `processTerm` gives each word's terms), or restores the
 * index from `saved`; throws when a restored index does not hold exactly `docs` (`what` names
 * them in the message: "passages", "quotes").
 */
export function buildOrRestoreIndex<T extends { readonly id: string }>(
  docs: readonly T[],
  options: Omit<Options<T>, "idField"> & { processTerm: (term: string) => string[] },
  saved: MiniSearchJson | undefined,
  what: string,
): SavedIndex<T> {
  const indexed = recordingTerms(options.processTerm);
  // The restored-index check below finds documents by `id`.
  const withId: Options<T> = { ...options, idField: "id" };
  const mini = saved
    ? MiniSearch.loadJS(saved, withId)
    : new MiniSearch({ ...withId, processTerm: indexed.processTerm });
  if (!saved) mini.addAll(docs);
  else {
    const missing = docs.find((d) => !mini.has(d.id));
    if (mini.documentCount !== docs.length || missing)
      throw new Error(
        `the saved index holds ${mini.documentCount} ${what}, there are ${docs.length}` +
          (missing ? ` (not indexed: ${missing.id})` : ""),
      );
  }
  // Taken now, so the index does not keep the whole restored file alive as long as it lives.
  const termOrder = saved ? saved.index.map(([term]) => term) : indexed.order;
  return { mini, save: () => inTermOrder(mini.toJSON(), termOrder) };
}

/** A `processTerm` that also records every term it yields, in the order first yielded. */
function recordingTerms(processTerm: (term: string) => string[]): {
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
function inTermOrder(json: MiniSearchJson, order: Iterable<string>): MiniSearchJson {
  const rank = new Map<string, number>();
  for (const term of order) rank.set(term, rank.size);
  const index = json.index
    .map((entry, i) => ({ entry, rank: rank.get(entry[0]) ?? rank.size + i }))
    .sort((a, b) => a.rank - b.rank)
    .map((e) => e.entry);
  return { ...json, index };
}
