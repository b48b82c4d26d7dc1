/**
 * The analysis tables (glossary, thesaurus, stop words, strong verbs, the decompounding
 * dictionary made of the first two, and the general English→German dictionary), as one object
 * passed to everything that analyses text: read from the data files once per process by the
 * caller, or restored from a snapshot in the engine cache, which skips folding and stemming every
 * word of the files again (and parsing the dictionary's table).
 */
import { dataPath, readDataFile } from "./data-files.ts";
import {
  type Dictionary,
  type DictionarySnapshot,
  readBundledDictionary,
  restoreDictionary,
} from "./dictionary.ts";
import { type Glossary, type GlossarySnapshot, parseGlossary, restoreGlossary } from "./glossary.ts";
import { foldWord } from "./normalize.ts";
import { stemGerman } from "./stem-german.ts";
import {
  parseStopWords,
  restoreStopWords,
  type StopWords,
  type StopWordsSnapshot,
  snapshotStopWords,
} from "./stopwords.ts";
import { parseThesaurus, restoreThesaurus, type Thesaurus, type ThesaurusSnapshot } from "./thesaurus.ts";
import { parseStrongVerbs, type StrongVerbs } from "./verb-forms.ts";

/** Folded words (and their stems) of the glossary's German side and the thesaurus. */
export interface DataDictionary {
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

/** The analysis tables made from the data files: what the analyzer and the quote extractor read. */
export interface AnalysisTables {
  readonly glossary: Glossary;
  readonly thesaurus: Thesaurus;
  readonly stopWords: StopWords;
  readonly strongVerbs: StrongVerbs;
  /**
   * The part of the decompounding dictionary that comes from the data files, not the corpus: the
   * same for every corpus, so it is made with the tables, not at every build.
   */
  readonly dictionary: DataDictionary;
  /**
   * The general English→German dictionary (Ding), below the curated glossary: English words and
   * phrases the glossary has no entry for (query/bilingual.ts). Not `dictionary`, which is the
   * decompounding word list above.
   */
  readonly bilingual: Dictionary;
}

/** The analysis tables as plain data (see engine/cache.ts). */
export interface AnalysisTablesSnapshot {
  readonly glossary: GlossarySnapshot;
  readonly thesaurus: ThesaurusSnapshot;
  readonly stopWords: StopWordsSnapshot;
  readonly strongVerbs: readonly (readonly [form: string, infinitive: string])[];
  readonly dictionary: { readonly words: readonly string[]; readonly stems: readonly string[] };
  readonly bilingual: DictionarySnapshot;
}

/** The data files the tables are read from, in `src/analysis/data/`. */
export const ANALYSIS_DATA_FILES = {
  glossary: "glossary.en-de.txt",
  thesaurus: "synonyms.de.txt",
  stopWordsDe: "stopwords.de.txt",
  stopWordsEn: "stopwords.en.txt",
  strongVerbs: "strong-verbs.de.txt",
} as const;

/** The tables of a glossary, thesaurus, stop words and strong verbs, with the dictionary made from them. */
export function analysisTables(tables: Omit<AnalysisTables, "dictionary">): AnalysisTables {
  // Without stop words, which the files' phrases bring in (`sich treffen`): a stop word is no part
  // of a compound (measured: ranks a little better).
  const words = new Set<string>();
  for (const g of [...tables.glossary.germanWords(), ...tables.thesaurus.words()]) {
    const folded = foldWord(g);
    if (!tables.stopWords.de.has(folded)) words.add(folded);
  }
  return { ...tables, dictionary: { words, stems: new Set([...words].map(stemGerman)) } };
}

/** Reads and validates the bundled data files (I/O); a malformed line throws with file, line and fix. */
export function loadAnalysisTables(): AnalysisTables {
  const read = (name: string) => readDataFile(name);
  const files = ANALYSIS_DATA_FILES;
  return analysisTables({
    glossary: parseGlossary(read(files.glossary), dataPath(files.glossary)),
    thesaurus: parseThesaurus(read(files.thesaurus), dataPath(files.thesaurus)),
    stopWords: { de: parseStopWords(read(files.stopWordsDe)), en: parseStopWords(read(files.stopWordsEn)) },
    strongVerbs: parseStrongVerbs(read(files.strongVerbs), dataPath(files.strongVerbs)),
    bilingual: readBundledDictionary(),
  });
}

/** The tables as plain data, for `restoreAnalysisTables`. */
export function snapshotAnalysisTables(tables: AnalysisTables): AnalysisTablesSnapshot {
  return {
    glossary: tables.glossary.snapshot(),
    thesaurus: tables.thesaurus.snapshot(),
    stopWords: snapshotStopWords(tables.stopWords),
    strongVerbs: [...tables.strongVerbs],
    dictionary: { words: [...tables.dictionary.words], stems: [...tables.dictionary.stems] },
    bilingual: tables.bilingual.snapshot(),
  };
}

/** The tables a snapshot was made of, equal to the ones it was made from, without deriving anything again. */
export function restoreAnalysisTables(snapshot: AnalysisTablesSnapshot): AnalysisTables {
  return {
    glossary: restoreGlossary(snapshot.glossary),
    thesaurus: restoreThesaurus(snapshot.thesaurus),
    stopWords: restoreStopWords(snapshot.stopWords),
    strongVerbs: new Map(snapshot.strongVerbs),
    dictionary: { words: new Set(snapshot.dictionary.words), stems: new Set(snapshot.dictionary.stems) },
    bilingual: restoreDictionary(snapshot.bilingual),
  };
}
