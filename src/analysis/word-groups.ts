/**
 * Groups of words of one sense (a glossary entry's German side, a line of the thesaurus), found by
 * a key of each word. A word's siblings are gathered when asked for, so building costs one list
 * per key rather than a copy of every sibling for every word.
 */
export class WordGroups {
  private readonly groups: (readonly string[])[] = [];
  private readonly byKey = new Map<string, number[]>();

  /** `keyOf` gives the key a word is found by (its folded form, its stem…). */
  constructor(private readonly keyOf: (word: string) => string) {}

  /** Adds a group. */
  add(group: readonly string[]): void {
    const index = this.groups.push(group) - 1;
    for (const word of group) {
      const key = this.keyOf(word);
      const found = this.byKey.get(key);
      if (!found) this.byKey.set(key, [index]);
      else if (found.at(-1) !== index) found.push(index);
    }
  }

  /** The words of every group holding a word with this key, except the words with the key itself. */
  siblings(key: string): string[] {
    const out = new Set<string>();
    for (const index of this.byKey.get(key) ?? [])
      for (const word of this.groups[index] ?? []) if (this.keyOf(word) !== key) out.add(word);
    return [...out];
  }
}
