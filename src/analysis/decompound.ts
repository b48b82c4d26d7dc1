/**
 * Dictionary-based German decompounding: `gebietsabtretungen` → `gebiet`, `abtretungen`.
 * Lucene's approach without hyphenation patterns: propose every split point, strip a linking
 * element (Fugen-s etc.) from the head, and keep a split only when its parts are known words.
 * The dictionary is the corpus's own vocabulary plus the glossary's German side, so it grows with
 * the articles and needs no bundled word list.
 */

/** Shortest part we split off: shorter ones (`ei`, `an`) are mostly false splits. */
const MIN_PART = 4;
/** Shortest word worth splitting. */
const MIN_COMPOUND = 2 * MIN_PART;
/** Longest word we try to split; the search is quadratic in the length. */
const MAX_COMPOUND = 48;
const MAX_MEMO = 100_000;
// Longest first, so `frieden·s` is tried before `friede·ns`.
const LINKERS = ["ens", "es", "en", "er", "s", "n", "e"];

/** A function from a folded word to its parts (empty when it is not a compound we can split). */
export type Decompounder = (word: string) => readonly string[];

/** Builds a decompounder over a dictionary test (`isKnown` receives folded words). */
export function createDecompounder(isKnown: (word: string) => boolean): Decompounder {
  const memo = new Map<string, readonly string[]>();
  const split = (word: string): readonly string[] => {
    const cached = memo.get(word);
    if (cached) return cached;
    memo.set(word, []); // guards against cycles while this word is being split
    const parts =
      word.length >= MIN_COMPOUND && word.length <= MAX_COMPOUND ? findSplit(word, isKnown, split) : [];
    // Queries add words too; a long-running bot must not grow the memo without bound.
    if (memo.size > MAX_MEMO) memo.clear();
    memo.set(word, parts);
    return parts;
  };
  return split;
}

function findSplit(word: string, isKnown: (w: string) => boolean, split: Decompounder): readonly string[] {
  // First splits into two known words (`friedens|nobelpreis`), all of them: a linking element
  // can be a word's first letters (`gipfel·er|klarung` or `gipfel|erklarung`), and only the
  // query can tell which was meant. Only without one, a split whose parts are compounds
  // themselves (`atomwaffen|vertrag`), the longest head first.
  const parts: string[] = [];
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const tail = word.slice(cut);
    if (!isKnown(tail)) continue;
    const head = headCandidates(word.slice(0, cut)).find(isKnown);
    if (head) parts.push(head, ...split(head), tail, ...split(tail));
  }
  if (parts.length > 0) return unique(parts);
  const known = (w: string) => isKnown(w) || split(w).length > 0;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const tail = word.slice(cut);
    if (!known(tail)) continue;
    const head = headCandidates(word.slice(0, cut)).find(known);
    if (head) return unique([head, ...split(head), tail, ...split(tail)]);
  }
  return [];
}

function headCandidates(head: string): string[] {
  const candidates = [head];
  for (const linker of LINKERS) {
    if (head.endsWith(linker) && head.length - linker.length >= MIN_PART)
      candidates.push(head.slice(0, -linker.length));
  }
  return candidates;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
