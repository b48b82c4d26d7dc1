/** German and English stop words (data files in ./data), folded like every other term. */
import { dataLines } from "./data-files.ts";
import { foldWord } from "./normalize.ts";

export interface StopWords {
  readonly de: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

/** Stop words as plain data (folded words), for `restoreStopWords`. */
export interface StopWordsSnapshot {
  readonly de: readonly string[];
  readonly en: readonly string[];
}

/** Parses a stop-word list: one word per line, `#` comments. */
export function parseStopWords(text: string): Set<string> {
  return new Set(dataLines(text).map((l) => foldWord(l.text)));
}

/** The lists as plain data. */
export function snapshotStopWords(stopWords: StopWords): StopWordsSnapshot {
  return { de: [...stopWords.de], en: [...stopWords.en] };
}

/** The lists a snapshot was made of. */
export function restoreStopWords(snapshot: StopWordsSnapshot): StopWords {
  return { de: new Set(snapshot.de), en: new Set(snapshot.en) };
}
