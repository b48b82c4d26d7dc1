/**
 * The analysis chain, shared by indexing and querying so both sides produce the same terms:
 * tokenize → fold (case, umlauts, ß) → drop stop words → decompound → stem.
 * Queries additionally pass through the English→German glossary (phrases, plurals, typos), and
 * each query term carries a weight: the words a user typed count more than what we inferred.
 */
import { type AnalysisData, bundledAnalysisData } from "./analysis-data.ts";
import { createDecompounder } from "./decompound.ts";
import type { Glossary } from "./glossary.ts";
import { memoizeWord } from "./memo.ts";
import { foldWord } from "./normalize.ts";
import { stemGerman, stemGermanOnce } from "./stem-german.ts";
import type { StopWords } from "./stopwords.ts";
import { words } from "./tokenize.ts";
import { swaps } from "./typos.ts";
import { joinSeparable, verbBase } from "./verb-forms.ts";

/** One term of an analysed query, ready for the index. */
export interface QueryTerm {
  readonly term: string;
  /** Multiplies the term's score: 1 for what the user typed, less for inferred terms. */
  readonly weight: number;
  /** Whether the term may match as a prefix of an indexed term (`Sicherheitsgar…`). */
  readonly prefix: boolean;
  /** Whether the term may match with typos (`ceasfire`, `Selensky`). */
  readonly fuzzy: boolean;
  /** Which word (or phrase) of the query the term stands for: terms of one concept are alternatives. */
  readonly concept: number;
}

export interface Analyzer {
  /** Index terms of one word of article text: its stem, then the stems of its compound parts. */
  indexTerms(word: string): string[];
  /** The weighted terms of a user's query, in either language. */
  analyzeQuery(text: string): QueryTerm[];
  /** Whether a folded word occurs in the corpus (as written or by stem). */
  knows(folded: string): boolean;
}

/** The index terms of one word, by kind. */
interface WordTerms {
  readonly stem: string;
  /** The stem of the verb's base form, when the word is a participle or strong form (`getroffen` → `treff`). */
  readonly base?: string;
  /** The stems of its compound parts. */
  readonly parts: readonly string[];
}

// Weights of inferred terms relative to a typed term (1). Tuned on test/fixtures/questions.dev.jsonl.
const PART_WEIGHT = 0.5;
// A verb form's base would seem worth a whole word, but measured, counting it like a part ranks as well.
const BASE_WEIGHT = PART_WEIGHT;
const TRANSLATION_WEIGHT = 1;
const TRANSLATION_DECAY = 0.25;
const TYPO_TRANSLATION_WEIGHT = 0.7;
const SYNONYM_WEIGHT = 0.6;
/** A corpus word one swap of neighbouring letters from a typed word counts like a typo's translation. */
const SWAP_WEIGHT = TYPO_TRANSLATION_WEIGHT;
const MIN_SWAP_WORD = 4;
/** Shortest stem that may match as a prefix: shorter ones match half the vocabulary. */
const MIN_PREFIX_STEM = 4;
const MIN_FUZZY_WORD = 5;
/** Longest word we analyse (the longest German compounds in news run to about 40 letters). */
const MAX_WORD_LENGTH = 48;
/** Longest word we match with typos: fuzzy matching costs grow with length. */
const MAX_FUZZY_WORD = 24;
/** From this length a glossary look-up tolerates two typos; below it one (`ceasfire`). */
const LONG_WORD = 12;
/** Translations beyond these add more noise than recall. */
const MAX_TRANSLATIONS = 8;
/** Longest query we analyse: beyond it, words add nothing but time. */
const MAX_QUERY_WORDS = 64;

/**
 * Builds the analyzer for a corpus, whose words also serve as the decompounding dictionary (with
 * the data files' words in `data.dictionary`).
 */
export function createAnalyzer(
  corpusWords: Iterable<string>,
  data: AnalysisData = bundledAnalysisData(),
): Analyzer {
  const { glossary, stopWords, thesaurus, dictionary } = data;
  const vocabulary = new Set<string>();
  for (const w of corpusWords) {
    const folded = foldWord(w);
    if (folded.length >= 2 && !stopWords.de.has(folded)) vocabulary.add(folded);
  }
  const vocabularyStems = new Set([...vocabulary].map(stemGerman));
  const isKnownStem = (stem: string) => vocabularyStems.has(stem) || dictionary.stems.has(stem);
  // Split candidates are mostly not words: stemming them through the cache would churn it.
  const decompound = createDecompounder(
    (w) => vocabulary.has(w) || dictionary.words.has(w) || isKnownStem(stemGermanOnce(w)),
  );

  /**
   * A folded word's terms: its stem, its verb base's stem (if any), and the stems of its compound
   * parts. Cached: every word of every passage and query comes through here, most many times.
   */
  const analyseFolded = memoizeWord((word: string): WordTerms | undefined => {
    if (word.length < 2 && !/\d/.test(word)) return undefined;
    if (stopWords.de.has(word)) return undefined;
    // No German word is this long; cutting keeps analysis linear on hostile input.
    const folded = word.slice(0, MAX_WORD_LENGTH);
    const stem = stemGerman(folded);
    const base = verbBase(folded);
    // `ge…en` is also how many nouns start and end (`Geschäftszahlen`): a base counts only when
    // it is a known word.
    const baseStem = base && isKnownStem(stemGerman(base)) ? stemGerman(base) : undefined;
    const parts = decompound(folded)
      .map(stemGerman)
      .filter((p) => p !== stem && p !== baseStem);
    return { stem, ...(baseStem && baseStem !== stem ? { base: baseStem } : {}), parts: [...new Set(parts)] };
  });
  const termsOfFolded = (word: string): string[] => {
    const terms = analyseFolded(word);
    return terms ? [terms.stem, ...(terms.base ? [terms.base] : []), ...terms.parts] : [];
  };
  const knows = (folded: string) => vocabulary.has(folded) || vocabularyStems.has(stemGerman(folded));
  // For candidates that are mostly not words (a typed word with two letters swapped): stemming
  // them through the cache would churn it.
  const knowsUncached = (folded: string) =>
    vocabulary.has(folded) || vocabularyStems.has(stemGermanOnce(folded));

  return {
    indexTerms: (word) => termsOfFolded(foldWord(word)),
    knows,
    analyzeQuery(text) {
      const folded = words(text).slice(0, MAX_QUERY_WORDS).map(foldWord);
      const english = looksEnglish(folded, stopWords, glossary, knows);
      const terms = new Map<string, QueryTerm>();
      let concept = 0;
      const add = (term: Omit<QueryTerm, "concept">) => {
        // The same term from two routes (typed and translated) keeps the best of both.
        const known = terms.get(term.term);
        terms.set(
          term.term,
          known
            ? {
                ...known,
                weight: Math.max(known.weight, term.weight),
                prefix: known.prefix || term.prefix,
                fuzzy: known.fuzzy || term.fuzzy,
              }
            : { ...term, concept },
        );
      };
      // Compound parts count for less than the whole word, for typed words and translations alike
      // (measured: dropping a translation's parts loses more recall than the noise it removes).
      /** `typed`: the user wrote the word; `maybeTypo`: it may be misspelt, so typos are tolerated. */
      const addGerman = (word: string, weight: number, typed: boolean, maybeTypo = typed) => {
        const terms = analyseFolded(word);
        if (!terms) return;
        const minPrefix = typed ? MIN_PREFIX_STEM : MIN_PREFIX_STEM + 1;
        // Typo tolerance only for words the article does not have: a known word is spelt right,
        // and fuzzy matching is the costliest part of a query.
        const typo = maybeTypo && !knows(word);
        add({
          term: terms.stem,
          weight,
          prefix: terms.stem.length >= minPrefix,
          fuzzy: typo && word.length >= MIN_FUZZY_WORD && word.length <= MAX_FUZZY_WORD,
        });
        // Two letters swapped (`Selenksyj`) are two edits to the typo tolerance, which allows
        // short words only one: a corpus word one swap away is meant.
        if (typo && word.length >= MIN_SWAP_WORD) {
          const known = swaps(word).find(knowsUncached);
          const swapped = known ? analyseFolded(known) : undefined;
          if (swapped) add({ term: swapped.stem, weight: weight * SWAP_WEIGHT, prefix: false, fuzzy: false });
        }
        if (terms.base) add({ term: terms.base, weight: weight * BASE_WEIGHT, prefix: false, fuzzy: false });
        for (const part of terms.parts)
          add({ term: part, weight: weight * PART_WEIGHT, prefix: false, fuzzy: false });
      };
      const addTranslations = (german: readonly string[], weight: number) => {
        german.slice(0, MAX_TRANSLATIONS).forEach((g, k) => {
          for (const w of foldedWordsOf(g)) addGerman(w, weight / (1 + TRANSLATION_DECAY * k), false);
        });
      };

      const typedGerman = (word: string, maybeTypo = true) => {
        addGerman(word, 1, true, maybeTypo);
        // A German word the article does not use may have a synonym it does (`Waffenstillstand`,
        // `Angst` → `befürchten`): the glossary's German siblings and the thesaurus's groups.
        if (!knows(word))
          addTranslations([...glossary.synonyms(word), ...thesaurus.synonyms(word)], SYNONYM_WEIGHT);
      };

      for (let i = 0; i < folded.length; ) {
        const word = folded[i] ?? "";
        // A known German word is translated only when the query reads as English ("war", "deal").
        const mayTranslate = (w: string) => english || !knows(w);
        const phrase = mayTranslate(word) ? longestGlossaryMatch(folded, i, glossary) : undefined;
        concept = i;
        if (phrase && phrase.length > 1) {
          addTranslations(phrase.german, TRANSLATION_WEIGHT);
          // A loanword inside an English phrase may be the article's own word (`deal with` ↔ `Deal`).
          for (const w of folded.slice(i, i + phrase.length))
            if (knows(w) && !stopWords.en.has(w) && !stopWords.de.has(w)) addGerman(w, 1, true);
          i += phrase.length;
          continue;
        }
        if (phrase) addTranslations(phrase.german, TRANSLATION_WEIGHT);
        const isStopWord = stopWords.de.has(word) || stopWords.en.has(word);
        if (!isStopWord) {
          typedGerman(word);
          if (
            english &&
            !phrase &&
            !knows(word) &&
            word.length >= MIN_FUZZY_WORD &&
            word.length <= MAX_FUZZY_WORD
          ) {
            const typo = glossary.lookupFuzzy(word, word.length >= LONG_WORD ? 2 : 1);
            if (typo) addTranslations(typo, TYPO_TRANSLATION_WEIGHT);
          }
        }
        i += 1;
      }
      // A German question splits a separable verb and ends on its particle (`Macht Putin bei
      // dem Treffen mit?`): the verb is `mitmachen`, whose synonyms (teilnehmen) the text may use.
      const particle = folded.at(-1);
      if (!english && particle && folded.length >= 3) {
        concept = folded.length;
        const last = folded.length - 1;
        folded.slice(0, 2).forEach((finite, at) => {
          const verb = joinSeparable(particle, finite).find((v) => knows(v) || dictionary.words.has(v));
          if (!verb) return;
          // Alone, the finite verb has another sense (`macht` ≠ `mitmachen`), and so has the
          // particle (`teil`): the joined verb replaces both.
          for (const [term, t] of terms) if (t.concept === at || t.concept === last) terms.delete(term);
          // Spelt right: the user typed both parts of it.
          typedGerman(verb, false);
        });
      }
      return [...terms.values()];
    },
  };
}

/** The folded words of a glossary or thesaurus phrase (the same few come up query after query). */
const foldedWordsOf: (phrase: string) => readonly string[] = memoizeWord((phrase) =>
  words(phrase).map(foldWord),
);

/** The longest glossary form starting at `start`, trying an English plural's singular for one word. */
function longestGlossaryMatch(
  folded: readonly string[],
  start: number,
  glossary: Glossary,
): { length: number; german: readonly string[] } | undefined {
  const longest = Math.min(glossary.longestPhraseFrom(folded[start] ?? ""), folded.length - start);
  for (let n = longest; n >= 2; n--) {
    const german = glossary.lookup(folded.slice(start, start + n).join(" "));
    if (german) return { length: n, german };
  }
  const word = folded[start] ?? "";
  const german = glossary.lookup(word) ?? singularLookup(word, glossary);
  return german ? { length: 1, german } : undefined;
}

function singularLookup(word: string, glossary: Glossary): readonly string[] | undefined {
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

/**
 * Whether a query reads as English: more English than German function words, or, with none of
 * either (keyword queries), more glossary words than corpus words.
 */
function looksEnglish(
  folded: readonly string[],
  stopWords: StopWords,
  glossary: Glossary,
  knows: (w: string) => boolean,
): boolean {
  let en = 0;
  let de = 0;
  for (const w of folded) {
    const inEn = stopWords.en.has(w);
    const inDe = stopWords.de.has(w);
    if (inEn && !inDe) en += 2;
    else if (inDe && !inEn) de += 2;
    else if (!inEn && !inDe) {
      if (knows(w)) de += 1;
      else if (glossary.lookup(w) ?? singularLookup(w, glossary)) en += 1;
    }
  }
  return en >= de;
}
