/**
 * Query stages over the words of a question, position by position: glossary phrases and
 * translations, below them the general dictionary's (bilingual.ts), the typed German word, its
 * synonyms, and the translations of a misspelt English word. What each position yields is a list of German words, in the order they are weighed.
 */
import { foldWord } from "../normalize.ts";
import type { Span } from "../sentences.ts";
import { tokenize } from "../tokenize.ts";
import { swaps } from "../typos.ts";
import { bilingualWords, invertedPhrase, longestBilingualMatch, usedByArticle } from "./bilingual.ts";
import { QUERY_LIMITS, type QueryContext } from "./context.ts";
import { longestGlossaryMatch } from "./glossary-phrases.ts";
import type { QueryWord } from "./terms.ts";
import { alternatives, typedWithSynonyms, typoTranslations } from "./translations.ts";

/** A word of the query, folded, with its offsets in the query text. */
export interface QueryToken extends Span {
  readonly folded: string;
  /** Whether it was written with a capital letter; unknown for the first word (a sentence's capital). */
  readonly capitalised?: boolean;
}

/** The query's words, folded, at most QUERY_LIMITS.maxWords of them. */
export function queryTokens(text: string): QueryToken[] {
  return tokenize(text)
    .slice(0, QUERY_LIMITS.maxWords)
    .map((t, i) => ({
      folded: foldWord(t.word),
      start: t.start,
      end: t.end,
      ...(i > 0 ? { capitalised: t.word[0] !== t.word[0]?.toLowerCase() } : {}),
    }));
}

/** The German words every position of the query stands for; `english` says how the query reads. */
export function queryWords(ctx: QueryContext, tokens: readonly QueryToken[], english: boolean): QueryWord[] {
  const { glossary, stopWords } = ctx.tables;
  const folded = tokens.map((t) => t.folded);
  const out: QueryWord[] = [];
  for (let i = 0; i < tokens.length; ) {
    const word = folded[i] ?? "";
    // A known German word is translated only when the query reads as English ("war", "deal").
    const mayTranslate = english || !ctx.words.knows(word);
    const glossed = mayTranslate ? longestGlossaryMatch(folded, i, glossary) : undefined;
    // Below the glossary: the general dictionary, for English questions only, where the glossary
    // has no phrase and the word is not the article's own. Phrases before words: a dictionary
    // phrase (`start of construction`) goes before the glossary's word (`start`) when the article
    // uses its translation (else the glossary's reading of the words is the better bet).
    const found =
      english && (glossed?.length ?? 1) === 1 && !ctx.words.knows(word)
        ? longestBilingualMatch(ctx, folded, i, glossed ? 2 : 1)
        : undefined;
    const phraseFound = found && (!glossed || usedByArticle(ctx, found)) ? found : undefined;
    // Else a noun pair as its `of` phrase (`construction start` → `start of construction`).
    const inverted =
      english && !phraseFound && (glossed?.length ?? 1) === 1 ? invertedPhrase(ctx, folded, i) : undefined;
    const invertedFound =
      inverted?.dictionary && (!glossed || usedByArticle(ctx, inverted.dictionary))
        ? inverted.dictionary
        : undefined;
    const general = phraseFound ?? invertedFound;
    const phrase = inverted?.glossary ?? (general && general.length > 1 ? undefined : glossed);
    const length = phrase?.length ?? general?.length ?? 1;
    const span = { start: tokens[i]?.start ?? 0, end: tokens[i + length - 1]?.end ?? 0 };
    if (phrase) out.push(...alternatives(ctx, phrase.german, "translation", i, span));
    if (general) out.push(...bilingualWords(ctx, general, tokens[i]?.capitalised, i, span));
    // Before, not instead of: the glossary's reading of the phrase's first word comes after its senses.
    if (glossed && phrase !== glossed)
      for (const w of alternatives(ctx, glossed.german, "translation", i, span))
        out.push({ ...w, rank: w.rank + QUERY_LIMITS.maxSenses });
    if (length > 1) {
      // A loanword inside an English phrase may be the article's own word (`deal with` ↔ `Deal`).
      for (const w of folded.slice(i, i + length))
        if (ctx.words.knows(w) && !stopWords.en.has(w) && !stopWords.de.has(w))
          out.push({ word: w, concept: i, source: "typed", rank: 0, typed: true, maybeTypo: true, span });
    } else if (!stopWords.de.has(word) && !stopWords.en.has(word) && !misspeltStopWord(ctx, word)) {
      // An English word the dictionary knows is spelt right (`start` is no typo of `Stadt`).
      const spelt = general !== undefined;
      out.push(...typedWithSynonyms(ctx, word, i, span, !spelt));
      if (english && !phrase && !general) out.push(...typoTranslations(ctx, word, i, span));
    }
    i += length;
  }
  return out;
}

/** `teh`, `whne`, `udn`: a stop word with two letters swapped, which the article does not have either. */
function misspeltStopWord(ctx: QueryContext, word: string): boolean {
  const { stopWords } = ctx.tables;
  return (
    !ctx.words.knows(word) &&
    ctx.tables.glossary.lookup(word) === undefined &&
    swaps(word).some((w) => stopWords.en.has(w) || stopWords.de.has(w))
  );
}
