/**
 * Groups of words of one sense (a glossary entry's German side, a line of the thesaurus), found by
 * a key of each word. A word's siblings are gathered when asked for, so building costs one list
 * per key rather than a copy of every sibling for every word.
 */

/** Most keys whose siblings are kept. */
const MAX_CACHED = 5_000;

/** Word groups as plain data: the groups, and the groups of each key, in the order they were added. */
export interface WordGroupsSnapshot {
  readonly groups: readonly (readonly string[])[];
  readonly byKey: readonly (readonly [key: string, groups: readonly number[]])[];
}

export class WordGroups {
  private readonly groups: (readonly string[])[];
  private readonly byKey: Map<string, readonly number[]>;
  private readonly found = new Map<string, readonly string[]>();

  /**
   * `keyOf` gives the key a word is found by (its folded form, its stem…); it must be the one the
   * snapshot, if any, was made with. A snapshot's groups and key lists are shared, not copied
   * (only the outer arrays are): restoring is meant to cost no more than reading them.
   */
  constructor(
    private readonly keyOf: (word: string) => string,
    snapshot?: WordGroupsSnapshot,
  ) {
    this.groups = snapshot ? [...snapshot.groups] : [];
    this.byKey = new Map(snapshot?.byKey);
  }

  /** Adds a group. */
  add(group: readonly string[]): void {
    this.found.clear();
    const index = this.groups.push(group) - 1;
    for (const word of group) {
      const key = this.keyOf(word);
      const found = this.byKey.get(key);
      // A new list rather than a push: the old one may be a snapshot's.
      if (!found) this.byKey.set(key, [index]);
      else if (found.at(-1) !== index) this.byKey.set(key, [...found, index]);
    }
  }

  /**
   * The words of every group holding a word with this key, except the words with the key itself.
   * Cached per key (emptied by `add`): a query asks for the same words' siblings again and again,
   * and each look-up keys every word of its groups.
   */
  siblings(key: string): readonly string[] {
    const known = this.found.get(key);
    if (known) return known;
    const out = new Set<string>();
    for (const index of this.byKey.get(key) ?? [])
      for (const word of this.groups[index] ?? []) if (this.keyOf(word) !== key) out.add(word);
    const siblings = [...out];
    if (this.found.size >= MAX_CACHED) this.found.clear();
    this.found.set(key, siblings);
    return siblings;
  }

  /** Every word of every group, in the order they were added (a word in two groups comes twice). */
  *words(): Iterable<string> {
    for (const group of this.groups) yield* group;
  }

  /** The groups as plain data, for `new WordGroups(keyOf, snapshot)`. */
  snapshot(): WordGroupsSnapshot {
    return { groups: [...this.groups], byKey: [...this.byKey] };
  }
}
