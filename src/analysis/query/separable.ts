/**
 * Query stage: a German question that splits a separable verb and ends on its particle (`Macht
 * Kai bei dem Treffen mit?`) asks about the whole verb (`mitmachen`), whose synonyms
 * (`teilnehmen`) the text may use.
 */
import { joinSeparable } from "../verb-forms.ts";
import type { QueryContext } from "./context.ts";
import type { QueryWord, TermSet } from "./terms.ts";
import { typedWithSynonyms } from "./translations.ts";
import type { QueryToken } from "./words.ts";

/**
 * The joined verbs of a German question, as words of a concept of their own; the finite verb's
 * and the particle's terms are dropped from `terms`, since alone each has another sense
 * (`macht` ≠ `mitmachen`, `teil`).
 */
export function separableVerbs(
  ctx: QueryContext,
  tokens: readonly QueryToken[],
  terms: TermSet,
): QueryWord[] {
  const particle = tokens.at(-1);
  if (!particle || tokens.length < 3) return [];
  const last = tokens.length - 1;
  const concept = tokens.length;
  return tokens.slice(0, 2).flatMap((finite, at) => {
    const verb = joinSeparable(particle.folded, finite.folded, ctx.tables.strongVerbs).find(
      (v) => ctx.words.knows(v) || ctx.words.inDictionary(v),
    );
    if (!verb) return [];
    terms.dropConcepts(new Set([at, last]));
    // Spelt right: the user typed both parts of it.
    return typedWithSynonyms(ctx, verb, concept, { start: finite.start, end: particle.end }, false);
  });
}
