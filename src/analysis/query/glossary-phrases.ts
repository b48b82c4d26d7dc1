/** Query stage: English words and phrases of the query found in the English→German glossary. */
import type { Glossary } from "../glossary.ts";

/** A glossary form found in the query: how many words it spans, and its German words. */
export interface GlossaryMatch {
  readonly length: number;
  readonly german: readonly string[];
}

/** The longest glossary form starting at word `start`, trying an English plural's singular for one word. */
export function longestGlossaryMatch(
  folded: readonly string[],
  start: number,
  glossary: Glossary,
): GlossaryMatch | undefined {
  const longest = Math.min(glossary.longestPhraseFrom(folded[start] ?? ""), folded.length - start);
  for (let n = longest; n >= 2; n--) {
    const german = glossary.lookup(folded.slice(start, start + n).join(" "));
    if (german) return { length: n, german };
  }
  const word = folded[start] ?? "";
  const german = glossary.lookup(word) ?? lemmaLookup(word, glossary);
  return german ? { length: 1, german } : undefined;
}

/** The glossary's German words for the first base form of an inflected English word it has. */
export function lemmaLookup(word: string, glossary: Glossary): readonly string[] | undefined {
  for (const lemma of englishLemmas(word)) {
    const german = glossary.lookup(lemma);
    if (german) return german;
  }
  return undefined;
}

/**
 * Base forms an inflected English word may come from (`carries` → `carry`, `taking` → `take`,
 * `recognised` → `recognise`), tried in order; the glossary lists the common forms itself, this
 * catches the rest.
 */
export function englishLemmas(word: string): string[] {
  if (word.length < 4) return [];
  const out: string[] = [];
  const stripDouble = (w: string) => (/([b-df-hj-np-tv-z])\1$/.test(w) ? w.slice(0, -1) : w);
  if (word.endsWith("ies") || word.endsWith("ied")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1));
  if (word.endsWith("ing") && word.length > 5) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`, stripDouble(stem));
  }
  if (word.endsWith("ed") && word.length > 4) {
    const stem = word.slice(0, -2);
    out.push(stem, `${stem}e`, stripDouble(stem));
  }
  if (word.endsWith("er") || word.endsWith("ly")) out.push(word.slice(0, -2));
  if (word.endsWith("est")) out.push(word.slice(0, -3));
  return [...new Set(out)].filter((w) => w.length >= 3);
}
