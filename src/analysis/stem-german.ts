/**
 * CISTEM, the German stemmer of Weissweiler & Fraser (2017), on folded words (see normalize.ts).
 * Chosen over Snowball's German stemmer because it is smaller, measured better on German
 * retrieval, and its case-insensitive mode fits lower-cased search terms. The optional `ge-`
 * prefix strip is left out: it merges unrelated stems (`Gebiet` → `biet`, like `bieten`).
 */

/** The stem of a folded (lower-case, umlaut-free) German word; callers that see a word often cache it. */
export function stemGerman(input: string): string {
  // Multi-letter sounds become one symbol so the suffix rules cannot cut them apart.
  let w = input.replace(/sch/g, "$").replace(/ei/g, "%").replace(/ie/g, "&").replace(/(.)\1/g, "$1*");
  while (w.length > 3) {
    if (w.length > 5 && /e[mr]$|nd$/.test(w)) {
      w = w.slice(0, -2);
      continue;
    }
    if (/[tesn]$/.test(w)) {
      w = w.slice(0, -1);
      continue;
    }
    break;
  }
  return w.replace(/(.)\*/g, "$1$1").replace(/%/g, "ei").replace(/&/g, "ie").replace(/\$/g, "sch");
}
