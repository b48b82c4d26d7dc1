/**
 * Typo candidates: two neighbouring letters swapped is the commonest typo of all, and plain edit
 * distance counts it as two edits, more than a short word's typo tolerance allows.
 */

/** The word with each pair of neighbouring (different) letters swapped. */
export function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}
