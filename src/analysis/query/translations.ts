/** Query stage: German words reached from a word of the query (glossary translations, synonyms, typos' translations). */
import type { Span } from "../sentences.ts";
import { QUERY_LIMITS, type QueryContext } from "./context.ts";
import type { QueryWord, SourceKind } from "./terms.ts";

/** The words of the first few German alternatives, each ranked by its alternative's place. */
export function alternatives(
  ctx: QueryContext,
  german: readonly string[],
  source: SourceKind,
  concept: number,
  span: Span,
): QueryWord[] {
  return german
    .slice(0, QUERY_LIMITS.maxTranslations)
    .flatMap((g, rank) =>
      ctx
        .foldedWordsOf(g)
        .map((word) => ({ word, concept, source, rank, typed: false, maybeTypo: false, span })),
    );
}

/**
 * A typed German word, and, when the article does not use it, its synonyms (the glossary's German
 * siblings and the thesaurus's groups: `Waffenstillstand` → `Waffenruhe`, `Angst` → `befürchten`).
 */
export function typedWithSynonyms(
  ctx: QueryContext,
  word: string,
  concept: number,
  span: Span,
  maybeTypo = true,
): QueryWord[] {
  const typed: QueryWord = { word, concept, source: "typed", rank: 0, typed: true, maybeTypo, span };
  if (ctx.words.knows(word)) return [typed];
  const { glossary, thesaurus } = ctx.tables;
  const synonyms = [...glossary.synonyms(word), ...thesaurus.synonyms(word)];
  return [typed, ...alternatives(ctx, synonyms, "synonym", concept, span)];
}

/** The translations of the English word closest to a misspelt one (`ceasfire`), if any. */
export function typoTranslations(ctx: QueryContext, word: string, concept: number, span: Span): QueryWord[] {
  const { minFuzzyWord, maxFuzzyWord, longWord } = QUERY_LIMITS;
  if (ctx.words.knows(word) || word.length < minFuzzyWord || word.length > maxFuzzyWord) return [];
  const german = ctx.tables.glossary.lookupFuzzy(word, word.length >= longWord ? 2 : 1);
  return german ? alternatives(ctx, german, "typoTranslation", concept, span) : [];
}
