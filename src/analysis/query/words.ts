/**
 * Query stages over the words of a question, position by position: glossary phrases and
 * translations, the typed German word, its synonyms, and the translations of a misspelt English
 * word. What each position yields is a list of German words, in the order they are weighed.
 */
import { foldWord } from "../normalize.ts";
import type { Span } from "../sentences.ts";
import { tokenize } from "../tokenize.ts";
import { QUERY_LIMITS, type QueryContext } from "./context.ts";
import { longestGlossaryMatch } from "./glossary-phrases.ts";
import type { QueryWord } from "./terms.ts";
import { alternatives, typedWithSynonyms, typoTranslations } from "./translations.ts";

/** A word of the query, folded, with its offsets in the query text. */
export interface QueryToken extends Span {
  readonly folded: string;
}

/** The query's words, folded, at most QUERY_LIMITS.maxWords of them. */
export function queryTokens(text: string): QueryToken[] {
  return tokenize(text)
    .slice(0, QUERY_LIMITS.maxWords)
    .map((t) => ({ folded: foldWord(t.word), start: t.start, end: t.end }));
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
    const phrase = mayTranslate ? longestGlossaryMatch(folded, i, glossary) : undefined;
    const length = phrase?.length ?? 1;
    const span = { start: tokens[i]?.start ?? 0, end: tokens[i + length - 1]?.end ?? 0 };
    if (phrase) out.push(...alternatives(ctx, phrase.german, "translation", i, span));
    if (length > 1) {
      // A loanword inside an English phrase may be the article's own word (`deal with` ↔ `Deal`).
      for (const w of folded.slice(i, i + length))
        if (ctx.words.knows(w) && !stopWords.en.has(w) && !stopWords.de.has(w))
          out.push({ word: w, concept: i, source: "typed", rank: 0, typed: true, maybeTypo: true, span });
    } else if (!stopWords.de.has(word) && !stopWords.en.has(word)) {
      out.push(...typedWithSynonyms(ctx, word, i, span));
      if (english && !phrase) out.push(...typoTranslations(ctx, word, i, span));
    }
    i += length;
  }
  return out;
}
