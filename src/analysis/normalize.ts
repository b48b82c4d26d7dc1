/**
 * German normalisation, applied identically to indexed text and queries (Lucene's
 * GermanNormalizationFilter, made order-independent): case, ß, umlauts and their `ae/oe/ue`
 * spellings, and other diacritics, so `Schlüssel`, `Schluessel` and `Schlussel` meet.
 */

const UMLAUTS: Record<string, string> = { ä: "a", ö: "o", ü: "u", ß: "ss", ẞ: "ss" };

import { words } from "./tokenize.ts";

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Folds one word to its search form: lower case, no diacritics, umlauts and their spellings merged. */
export function foldWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const folded = fold(word);
  // Queries bring new words for as long as the bot runs; the cache must not grow without bound.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, folded);
  return folded;
}

function fold(word: string): string {
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
