/**
 * The query analysis chain: words → language → per-position stages (glossary phrases and
 * translations, below them the general dictionary's, typed words, synonyms, typos' translations)
 * → index terms → separable verbs → entity aliases. Each stage is a module of its own; this file only says in which order they run.
 */
import { addAliases, type EntityAliases } from "./aliases.ts";
import type { QueryContext } from "./context.ts";
import { expandWord } from "./expand.ts";
import { looksEnglish } from "./language.ts";
import { separableVerbs } from "./separable.ts";
import { type QueryTerm, TermSet } from "./terms.ts";
import { queryTokens, queryWords } from "./words.ts";

export interface QueryOptions {
  /** Other names of the people in the corpus, from the quote book. */
  readonly aliases?: EntityAliases;
}

/** The weighted index terms of a user's query, in either language. */
export function analyzeQuery(ctx: QueryContext, text: string, options: QueryOptions = {}): QueryTerm[] {
  const tokens = queryTokens(text);
  const folded = tokens.map((t) => t.folded);
  const english = looksEnglish(folded, ctx.tables.stopWords, ctx.tables.glossary, ctx.words.knows);
  const terms = new TermSet();
  for (const word of queryWords(ctx, tokens, english)) expandWord(ctx, word, terms);
  if (!english) for (const word of separableVerbs(ctx, tokens, terms)) expandWord(ctx, word, terms);
  if (options.aliases) addAliases(terms, options.aliases);
  return terms.values();
}
