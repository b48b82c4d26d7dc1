/** Query stage: a term that names a person reaches the person's other names in the article (`Kremlchef` ↔ `Putin`). */
import { type QueryTerm, type TermSet, WEIGHTS } from "./terms.ts";

/** Index term → the index terms of the other names of the same person. */
export type EntityAliases = ReadonlyMap<string, readonly string[]>;

/** Adds each term's aliases as alternatives of its concept, weighing a little less. */
export function addAliases(terms: TermSet, aliases: EntityAliases): void {
  for (const t of terms.values()) {
    for (const alias of aliases.get(t.term) ?? []) {
      if (terms.has(alias)) continue;
      const term: QueryTerm = {
        ...t,
        term: alias,
        weight: t.weight * WEIGHTS.source.alias,
        prefix: false,
        fuzzy: false,
        source: "alias",
        form: "stem",
      };
      terms.add(term);
    }
  }
}
