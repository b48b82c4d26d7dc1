/**
 * The index side of the analysis chain, one word at a time: fold → drop stop words → stem, plus
 * the stems of a verb form's base and of compound parts. The same terms come out at index and at
 * query time, and a passage's words keep their offsets, so a hit is explained without analysing
 * its text again.
 */
import { createDecompounder } from "./decompound.ts";
import { memoizeWord } from "./memo.ts";
import { foldWord } from "./normalize.ts";
import type { Span } from "./sentences.ts";
import { stemGerman } from "./stem-german.ts";
import type { AnalysisTables } from "./tables.ts";
import { tokenize } from "./tokenize.ts";
import { verbBase } from "./verb-forms.ts";

/** The index terms of one word, by kind. */
export interface WordTerms {
  readonly stem: string;
  /** The stem of the verb's base form, when the word is a participle or strong form (`getroffen` → `treff`). */
  readonly base?: string;
  /** The stems of its compound parts. */
  readonly parts: readonly string[];
}

/** A word of a text with its offsets and index terms. */
export interface AnalysedToken extends Span {
  readonly terms: readonly string[];
}

/** Word-level analysis over one corpus: its vocabulary is the decompounding dictionary's core. */
export interface WordAnalysis {
  /** A folded word's terms, or undefined for a stop word or a lone letter. */
  termsOf(folded: string): WordTerms | undefined;
  /** Index terms of one word as written: its stem, its verb base's, then its compound parts'. */
  indexTerms(word: string): string[];
  /** Every word of `text` with its offsets and index terms (stop words have none). */
  analyzeText(text: string): AnalysedToken[];
  /** Whether a folded word occurs in the corpus (as written or by stem). */
  knows(folded: string): boolean;
  /** `knows` for one-off candidates (a typed word with two letters swapped), which are not cached. */
  knowsOnce(folded: string): boolean;
  /** Whether a folded word is in the decompounding dictionary's share from the data files. */
  inDictionary(folded: string): boolean;
}

/** Longest word we analyse (the longest German compounds in news run to about 40 letters). */
const MAX_WORD_LENGTH = 48;

/** The word analysis of a corpus whose (unfolded) words are `corpusWords`. */
export function createWordAnalysis(corpusWords: Iterable<string>, tables: AnalysisTables): WordAnalysis {
  const { stopWords, dictionary, strongVerbs } = tables;
  const vocabulary = new Set<string>();
  for (const w of corpusWords) {
    const folded = foldWord(w);
    if (folded.length >= 2 && !stopWords.de.has(folded)) vocabulary.add(folded);
  }
  const vocabularyStems = new Set([...vocabulary].map(stemGerman));
  const isKnownStem = (stem: string) => vocabularyStems.has(stem) || dictionary.stems.has(stem);
  const decompound = createDecompounder(
    (w) => vocabulary.has(w) || dictionary.words.has(w) || isKnownStem(stemGerman(w)),
  );
  // Every word of every passage and query comes through here, most of them many times.
  const termsOf = memoizeWord((word: string): WordTerms | undefined => {
    if (word.length < 2 && !/\d/.test(word)) return undefined;
    if (stopWords.de.has(word)) return undefined;
    // No German word is this long; cutting keeps analysis linear on hostile input.
    const folded = word.slice(0, MAX_WORD_LENGTH);
    const stem = stemGerman(folded);
    const base = verbBase(folded, strongVerbs);
    // `ge…en` is also how many nouns start and end (`Geschäftszahlen`): a base counts only when
    // it is a known word.
    const baseStem = base && isKnownStem(stemGerman(base)) ? stemGerman(base) : undefined;
    const parts = decompound(folded)
      .map(stemGerman)
      .filter((p) => p !== stem && p !== baseStem);
    return { stem, ...(baseStem && baseStem !== stem ? { base: baseStem } : {}), parts: [...new Set(parts)] };
  });
  const indexTerms = memoizeWord((word: string): string[] => {
    const terms = termsOf(foldWord(word));
    return terms ? [terms.stem, ...(terms.base ? [terms.base] : []), ...terms.parts] : [];
  });
  const knowsOnce = (folded: string) => vocabulary.has(folded) || vocabularyStems.has(stemGerman(folded));
  return {
    termsOf,
    indexTerms,
    analyzeText: (text) =>
      tokenize(text).map((t) => ({ start: t.start, end: t.end, terms: indexTerms(t.word) })),
    knows: memoizeWord(knowsOnce),
    knowsOnce,
    inDictionary: (folded) => dictionary.words.has(folded),
  };
}
