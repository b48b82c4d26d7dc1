/**
 * German normalisation, applied identically to indexed text and queries (Lucene's
 * GermanNormalizationFilter, made order-independent): case, ß, umlauts and their `ae/oe/ue`
 * spellings, and other diacritics, so `Schlüssel`, `Schluessel` and `Schlussel` meet.
 */

import { words } from "./tokenize.ts";

const UMLAUTS: Record<string, string> = { ä: "a", ö: "o", ü: "u", ß: "ss", ẞ: "ss" };

/**
 * Folds one word to its search form: lower case, no diacritics, umlauts and their spellings merged.
 * Callers that see a word often cache it (the analyzer caches each word's terms).
 */
export function foldWord(word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  const noUmlauts = lower.replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c);
  const plain = noUmlauts.normalize("NFD").replace(/\p{M}+/gu, "");
  // `ae/oe/ue` spell umlauts; fold them after the umlauts so `Europäer` and `Europaer` meet.
  // Not after a vowel (`Steuer`) and not `que` (`Queen`).
  return plain.replace(/(^|[^aeiouq])(a|o|u)e/g, "$1$2");
}

/** Folds every word of a phrase and joins them with single spaces: `"US-Präsident  Trump"` → `"us prasident trump"`. */
export function foldPhrase(text: string): string {
  return words(text).map(foldWord).join(" ");
}
