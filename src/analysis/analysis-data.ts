/**
 * The tables the analysis takes from its data files (glossary, thesaurus, stop words, and the
 * decompounding dictionary made of the first two), as one object: made once per process from the
 * files, or restored from a snapshot in the engine cache, which skips folding and stemming every
 * word of the files again (most of a restored start-up otherwise).
 */
import { bundledGlossary, type Glossary, type GlossarySnapshot, restoreGlossary } from "./glossary.ts";
import { foldWord } from "./normalize.ts";
import { stemGerman } from "./stem-german.ts";
import {
  bundledStopWords,
  restoreStopWords,
  type StopWords,
  type StopWordsSnapshot,
  snapshotStopWords,
} from "./stopwords.ts";
import { bundledThesaurus, restoreThesaurus, type Thesaurus, type ThesaurusSnapshot } from "./thesaurus.ts";

/** Folded words (and their stems) of the glossary's German side and the thesaurus. */
export interface DataDictionary {
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

/** The analysis tables made from the data files: what the analyzer and the quote book read. */
export interface AnalysisData {
  readonly glossary: Glossary;
  readonly thesaurus: Thesaurus;
  readonly stopWords: StopWords;
  /**
   * The part of the decompounding dictionary that comes from the data files, not the corpus: the
   * same for every corpus, so it is made with the tables, not at every build.
   */
  readonly dictionary: DataDictionary;
}

/** The analysis tables as plain data (see engine/cache.ts). */
export interface AnalysisDataSnapshot {
  readonly glossary: GlossarySnapshot;
  readonly thesaurus: ThesaurusSnapshot;
  readonly stopWords: StopWordsSnapshot;
  readonly dictionary: { readonly words: readonly string[]; readonly stems: readonly string[] };
}

/** The tables of a glossary, thesaurus and stop words, with the dictionary made from them. */
export function analysisData(tables: Omit<AnalysisData, "dictionary">): AnalysisData {
  // Without stop words, which the files' phrases bring in (`sich treffen`): a stop word is no part
  // of a compound (measured: ranks a little better).
  const words = new Set<string>();
  for (const g of [...tables.glossary.germanWords(), ...tables.thesaurus.words()]) {
    const folded = foldWord(g);
    if (!tables.stopWords.de.has(folded)) words.add(folded);
  }
  return { ...tables, dictionary: { words, stems: new Set([...words].map(stemGerman)) } };
}

let bundled: AnalysisData | undefined;

/** The tables of the bundled data files, made once per process. */
export function bundledAnalysisData(): AnalysisData {
  bundled ??= analysisData({
    glossary: bundledGlossary(),
    thesaurus: bundledThesaurus(),
    stopWords: bundledStopWords(),
  });
  return bundled;
}

/** The tables as plain data, for `restoreAnalysisData`. */
export function snapshotAnalysisData(data: AnalysisData): AnalysisDataSnapshot {
  return {
    glossary: data.glossary.snapshot(),
    thesaurus: data.thesaurus.snapshot(),
    stopWords: snapshotStopWords(data.stopWords),
    dictionary: { words: [...data.dictionary.words], stems: [...data.dictionary.stems] },
  };
}

/** The tables a snapshot was made of, equal to the ones it was made from, without deriving anything again. */
export function restoreAnalysisData(snapshot: AnalysisDataSnapshot): AnalysisData {
  return {
    glossary: restoreGlossary(snapshot.glossary),
    thesaurus: restoreThesaurus(snapshot.thesaurus),
    stopWords: restoreStopWords(snapshot.stopWords),
    dictionary: { words: new Set(snapshot.dictionary.words), stems: new Set(snapshot.dictionary.stems) },
  };
}
