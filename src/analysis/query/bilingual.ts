/**
 * Query stage: English words and phrases the curated glossary has no entry for, translated by the
 * general dictionary (Ding, `tables.bilingual`). It stands below the glossary: it is asked only
 * where the glossary has nothing, its translations weigh less, and all the senses of one English
 * word or phrase are alternatives of one concept (one synonym set), so a word with twenty senses
 * does not outweigh a word with one. Of the senses, few are kept, best first: the ones whose German
 * words the article uses, then general ones before domain-labelled ones; register-labelled ones
 * (`[coll.]`, `[veraltet]`, `[Ös.]`) only when there is nothing else.
 */
import type { DictionarySense } from "../dictionary.ts";
import type { Span } from "../sentences.ts";
import { QUERY_LIMITS, type QueryContext } from "./context.ts";
import { englishLemmas, type GlossaryMatch } from "./glossary-phrases.ts";
import type { QueryWord } from "./terms.ts";

/** A dictionary headword found in the query: how many words it spans, and its senses, best first. */
export interface BilingualMatch {
  readonly length: number;
  readonly senses: readonly DictionarySense[];
}

/** Ding's labels of register, region and style: a sense carrying one is not the plain word. */
const REGISTER_LABELS: ReadonlySet<string> = new Set([
  "coll.",
  "ugs.",
  "ugs",
  "slang",
  "vulg.",
  "pej.",
  "euphem.",
  "humor.",
  "iron.",
  "disapproving",
  "fig.",
  "übtr.",
  "formal",
  "geh.",
  "lit.",
  "literary",
  "poet.",
  "poet",
  "rare",
  "selten",
  "dated",
  "archaic",
  "obs.",
  "alt",
  "veraltet",
  "veraltend",
  "veraltentd",
  "altertümlich",
  "Ös.",
  "Ö.",
  "Os.",
  "Schw.",
  "Bayr.",
  "Süddt.",
  "Norddt.",
  "NRW",
  "Lux",
  "dialect",
  "Jägersprache",
  "Kindersprache",
  "Kletterjargon",
]);

/** Marks that say how a sense is written, not where it belongs (`verb` comes after its noun). */
const NEUTRAL_LABELS: ReadonlySet<string> = new Set([
  "nachgestellt",
  "postpositive",
  "postpostive",
  "Pluralwort",
]);

const isRegister = (sense: DictionarySense) => sense.labels.some((l) => REGISTER_LABELS.has(l));
const isDomain = (sense: DictionarySense) =>
  sense.labels.some((l) => !REGISTER_LABELS.has(l) && !NEUTRAL_LABELS.has(l));

/**
 * The longest dictionary headword starting at word `start`: phrases longest first (a phrase's last
 * word also in its singular: `radio waves` → `radio wave`), then the word, then its base forms
 * (`travelled` → `travel`). Neither starts on a stop word (`the wind` is an idiom, not the wind).
 */
export function longestBilingualMatch(
  ctx: QueryContext,
  folded: readonly string[],
  start: number,
  shortest = 1,
): BilingualMatch | undefined {
  const { bilingual, stopWords } = ctx.tables;
  const word = folded[start] ?? "";
  if (stopWords.en.has(word) || stopWords.de.has(word)) return undefined;
  const longest = Math.min(bilingual.longestPhraseFrom(word), folded.length - start);
  for (let n = longest; n >= Math.max(2, shortest); n--) {
    const words = folded.slice(start, start + n);
    const last = words[n - 1] ?? "";
    // A phrase that ends on a stop word (`start of`) is a fragment, not the phrase meant.
    if (stopWords.en.has(last)) continue;
    for (const form of [last, ...singulars(last)]) {
      const senses = bilingual.lookup([...words.slice(0, -1), form].join(" "));
      if (senses) return { length: n, senses };
    }
  }
  if (shortest > 1) return undefined;
  for (const form of [word, ...englishLemmas(word)]) {
    const senses = bilingual.lookup(form);
    if (senses) return { length: 1, senses };
  }
  return undefined;
}

/** The singular of an English plural (`waves` → `wave`, `cities` → `city`), as candidates. */
function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss")) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith("ies")) out.unshift(`${word.slice(0, -3)}y`);
  else if (word.endsWith("es")) out.push(word.slice(0, -2));
  return out;
}

/** Which senses of a match are searched, best first. */
export function chooseSenses(
  ctx: QueryContext,
  senses: readonly DictionarySense[],
  capitalised: boolean | undefined,
): DictionarySense[] {
  const plain = senses.filter((s) => !isRegister(s));
  const pool = plain.length > 0 ? plain : senses.slice(0, 1);
  // A domain-labelled sense after the first only when the article uses it, or when it is the name
  // a capitalised word asks for (names carry labels: `Pole; Polin {name} [soc.]`).
  const kept = pool.filter(
    (s, i) => i === 0 || !isDomain(s) || senseUsed(ctx, s) || (capitalised === true && s.name),
  );
  const score = (s: DictionarySense) =>
    (senseUsed(ctx, s) ? 0 : 2) + (capitalised === undefined || s.name === capitalised ? 0 : 1);
  return kept
    .map((s, i) => ({ s, i, score: score(s) }))
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .slice(0, QUERY_LIMITS.maxSenses)
    .map((x) => x.s);
}

/** Whether the article uses one of a sense's German words (as written or by stem). */
function senseUsed(ctx: QueryContext, sense: DictionarySense): boolean {
  return sense.german.some((g) => ctx.foldedWordsOf(g).some((w) => ctx.words.knows(w)));
}

/** Whether the article uses a German word of any of a match's senses. */
export function usedByArticle(ctx: QueryContext, match: BilingualMatch): boolean {
  return match.senses.some((s) => senseUsed(ctx, s));
}

/**
 * The German words of the chosen senses, one concept: the first sense's first word ranks first,
 * a later sense or a later word of a sense a little lower.
 */
export function bilingualWords(
  ctx: QueryContext,
  match: BilingualMatch,
  capitalised: boolean | undefined,
  concept: number,
  span: Span,
): QueryWord[] {
  return chooseSenses(ctx, match.senses, capitalised).flatMap((sense, senseRank) =>
    sense.german.slice(0, QUERY_LIMITS.maxSenseWords).flatMap((g, wordRank) =>
      ctx.foldedWordsOf(g).map(
        (word): QueryWord => ({
          word,
          concept,
          source: "dictionary",
          rank: senseRank + wordRank * 0.5,
          typed: false,
          maybeTypo: false,
          span,
        }),
      ),
    ),
  );
}

/**
 * An English noun pair read as the `of` phrase it stands for (`construction start` → `start of
 * construction`, `Baubeginn`), which is how both the glossary and Ding list such phrases: the
 * glossary's German words, else the dictionary's senses. Neither word may be a stop word.
 */
export function invertedPhrase(
  ctx: QueryContext,
  folded: readonly string[],
  start: number,
): { readonly glossary?: GlossaryMatch; readonly dictionary?: BilingualMatch } | undefined {
  const { stopWords, glossary, bilingual } = ctx.tables;
  const first = folded[start];
  const second = folded[start + 1];
  if (!first || !second || [first, second].some((w) => stopWords.en.has(w) || stopWords.de.has(w)))
    return undefined;
  const form = `${second} of ${first}`;
  const german = glossary.lookup(form);
  if (german) return { glossary: { length: 2, german } };
  const senses = bilingual.lookup(form);
  return senses ? { dictionary: { length: 2, senses } } : undefined;
}
