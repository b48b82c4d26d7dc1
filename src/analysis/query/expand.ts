/** Query stage: a German word of the query becomes index terms (its stem, a swapped spelling, its verb base, its parts). */
import { swaps } from "../typos.ts";
import { QUERY_LIMITS, type QueryContext } from "./context.ts";
import { type FormKind, type QueryTerm, type QueryWord, type TermSet, WEIGHTS, wordWeight } from "./terms.ts";

/** Adds the index terms of `word` to `terms`. */
export function expandWord(ctx: QueryContext, word: QueryWord, terms: TermSet): void {
  const analysed = ctx.words.termsOf(word.word);
  if (!analysed) return;
  const weight = wordWeight(word.source, word.rank);
  const term = (text: string, form: FormKind, tolerant: Pick<QueryTerm, "prefix" | "fuzzy">): QueryTerm => ({
    term: text,
    weight: weight * WEIGHTS.form[form],
    ...tolerant,
    concept: word.concept,
    source: word.source,
    form,
    span: word.span,
  });
  const exact = { prefix: false, fuzzy: false };
  const minPrefix = word.typed ? QUERY_LIMITS.minPrefixStem : QUERY_LIMITS.minPrefixStem + 1;
  // Typo tolerance only for words the article does not have: a known word is spelt right, and
  // fuzzy matching is the costliest part of a query.
  const typo = word.maybeTypo && !ctx.words.knows(word.word);
  const length = word.word.length;
  terms.add(
    term(analysed.stem, "stem", {
      prefix: analysed.stem.length >= minPrefix,
      fuzzy: typo && length >= QUERY_LIMITS.minFuzzyWord && length <= QUERY_LIMITS.maxFuzzyWord,
    }),
  );
  // Two letters swapped (`Selenksyj`) are two edits to the typo tolerance, which allows short
  // words only one: a corpus word one swap away is meant.
  if (typo && length >= QUERY_LIMITS.minSwapWord) {
    const known = swaps(word.word).find(ctx.words.knowsOnce);
    const swapped = known ? ctx.words.termsOf(known) : undefined;
    if (swapped) terms.add(term(swapped.stem, "swap", exact));
  }
  if (analysed.base) terms.add(term(analysed.base, "base", exact));
  // Compound parts count for less than the whole word, for typed words and translations alike
  // (measured: dropping a translation's parts loses more recall than the noise it removes).
  for (const part of analysed.parts) terms.add(term(part, "part", exact));
}
