/** German and English stop words (data files in ./data), folded like every other term. */
import { dataLines, readDataFile } from "./data-files.ts";
import { foldWord } from "./normalize.ts";

export interface StopWords {
  readonly de: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

/** Parses a stop-word list: one word per line, `#` comments. */
export function parseStopWords(text: string): Set<string> {
  return new Set(dataLines(text).map((l) => foldWord(l.text)));
}

let bundled: StopWords | undefined;

/** The bundled lists, read once. */
export function bundledStopWords(): StopWords {
  bundled ??= {
    de: parseStopWords(readDataFile("stopwords.de.txt")),
    en: parseStopWords(readDataFile("stopwords.en.txt")),
  };
  return bundled;
}
