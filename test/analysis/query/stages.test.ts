/** Each query stage on its own, over a small German corpus and the bundled tables. */
import { describe, expect, it } from "vitest";
import { foldWord } from "../../../src/analysis/normalize.ts";
import { addAliases } from "../../../src/analysis/query/aliases.ts";
import type { QueryContext } from "../../../src/analysis/query/context.ts";
import { expandWord } from "../../../src/analysis/query/expand.ts";
import { englishLemmas, longestGlossaryMatch } from "../../../src/analysis/query/glossary-phrases.ts";
import { looksEnglish } from "../../../src/analysis/query/language.ts";
import { separableVerbs } from "../../../src/analysis/query/separable.ts";
import { type QueryWord, TermSet } from "../../../src/analysis/query/terms.ts";
import { queryTokens, queryWords } from "../../../src/analysis/query/words.ts";
import { words } from "../../../src/analysis/tokenize.ts";
import { createWordAnalysis } from "../../../src/analysis/word-terms.ts";
import { TABLES } from "../../support/tables.ts";

const CORPUS =
  "Die Waffenruhe hält. Bürgermeisterin Lena Haber traf den Landrat. Ob sich der Verband auf den Deal einlässt, ist unklar. Sicherheitsgarantien fehlen.";
const ctx: QueryContext = {
  tables: TABLES,
  words: createWordAnalysis(words(CORPUS), TABLES),
  foldedWordsOf: (phrase) => words(phrase).map(foldWord),
};
const span = { start: 0, end: 1 };
const typed = (word: string, over: Partial<QueryWord> = {}): QueryWord => ({
  word,
  concept: 0,
  source: "typed",
  rank: 0,
  typed: true,
  maybeTypo: true,
  span,
  ...over,
});
const expanded = (...list: QueryWord[]) => {
  const set = new TermSet();
  for (const w of list) expandWord(ctx, w, set);
  return set.values();
};
const wordsOf = (question: string, english: boolean) =>
  queryWords(ctx, queryTokens(question), english).map((w) => [w.word, w.source, w.concept]);

describe("query words: which German words each position of a question stands for", () => {
  it("GIVEN an English word THEN its glossary translations, the first alternative ranked first", () => {
    const out = queryWords(ctx, queryTokens("ceasefire"), true);
    expect(out[0]).toMatchObject({ word: "waffenruhe", source: "translation", rank: 0, concept: 0 });
  });

  it("GIVEN an English phrase THEN one concept for the phrase, and the article's own loanword in it", () => {
    const out = wordsOf("deal with it", true);
    expect(out.every(([, , concept]) => concept === 0)).toBe(true);
    expect(out).toContainEqual(["deal", "typed", 0]);
  });

  it("GIVEN a German word the article lacks THEN the word and its synonyms the article may use", () => {
    const out = wordsOf("Waffenstillstand", false);
    expect(out[0]).toEqual(["waffenstillstand", "typed", 0]);
    expect(out).toContainEqual(["waffenruhe", "synonym", 0]);
  });

  it("GIVEN a misspelt English word THEN the translations of the word it was meant to be", () => {
    expect(wordsOf("ceasfire", true)).toContainEqual(["waffenruhe", "typoTranslation", 0]);
  });

  it("GIVEN stop words of either language THEN nothing for them", () => {
    expect(wordsOf("what is the", true)).toEqual([]);
  });

  it("GIVEN a stop word with two letters swapped (`teh`, `whne`) THEN nothing for it either", () => {
    expect(wordsOf("whne teh", true)).toEqual([]);
    expect(wordsOf("teh Landrat", false).map(([word]) => word)).toEqual(["landrat"]);
  });

  it("keeps each word's offsets in the question", () => {
    const [token] = queryTokens("  Landrat?");
    expect(token).toEqual({ folded: "landrat", start: 2, end: 9 });
  });
});

describe("expansion: a German word becomes index terms", () => {
  it("gives its stem, and the stems of its compound parts for less", () => {
    const terms = expanded(typed("sicherheitsgarantien"));
    expect(terms[0]).toMatchObject({ form: "stem", weight: 1 });
    const parts = terms.filter((t) => t.form === "part");
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(part.weight).toBe(0.5);
  });

  it("gives a verb form's base (traf → treffen)", () => {
    expect(expanded(typed("traf"))).toContainEqual(expect.objectContaining({ form: "base" }));
  });

  it("reads a word with two letters swapped as the article's word, and tolerates typos only in unknown words", () => {
    const [stem, swap] = expanded(typed("ladnrat"));
    expect(stem?.fuzzy).toBe(true);
    expect(swap).toMatchObject({ term: ctx.words.indexTerms("Landrat")[0], form: "swap" });
    expect(expanded(typed("landrat"))[0]?.fuzzy).toBe(false);
  });

  it("lets a typed word match as a shorter prefix than a translation", () => {
    // `lena` stems to four letters: enough for what the user typed, not for an inferred word.
    expect(expanded(typed("lena"))[0]?.prefix).toBe(true);
    expect(expanded(typed("lena", { typed: false, source: "translation" }))[0]?.prefix).toBe(false);
  });
});

describe("language", () => {
  it("reads function words of either language, and keyword queries by what the glossary and the article know", () => {
    const english = (q: string) =>
      looksEnglish(
        queryTokens(q).map((t) => t.folded),
        TABLES.stopWords,
        TABLES.glossary,
        ctx.words.knows,
      );
    expect(english("What does the mayor want?")).toBe(true);
    expect(english("Was will die Bürgermeisterin?")).toBe(false);
    expect(english("Waffenruhe")).toBe(false);
    expect(english("ceasefire")).toBe(true);
  });
});

describe("glossary phrases", () => {
  it("prefers the longest phrase, and finds an inflected word by its base form", () => {
    expect(longestGlossaryMatch(["security", "guarantees", "now"], 0, TABLES.glossary)?.length).toBe(2);
    expect(englishLemmas("carries")).toContain("carry");
    expect(englishLemmas("taking")).toContain("take");
  });
});

describe("separable verbs", () => {
  it("joins a split verb into a concept of its own and drops the finite verb's and the particle's terms", () => {
    const tokens = queryTokens("Lässt sich der Verband ein");
    const terms = new TermSet();
    for (const w of queryWords(ctx, tokens, false)) expandWord(ctx, w, terms);
    const joined = separableVerbs(ctx, tokens, terms);
    expect(joined[0]).toMatchObject({ word: "einlassen", concept: tokens.length, maybeTypo: false });
    expect(terms.values().some((t) => t.concept === 0 || t.concept === tokens.length - 1)).toBe(false);
  });
});

describe("entity aliases", () => {
  it("adds a person's other names to the concept of the name typed, weighing a little less", () => {
    const terms = new TermSet();
    for (const t of expanded(typed("haber"))) terms.add(t);
    const [name] = ctx.words.indexTerms("Haber");
    const [role = ""] = ctx.words.indexTerms("Bürgermeisterin");
    addAliases(terms, new Map([[name ?? "", [role]]]));
    const alias = terms.values().find((t) => t.source === "alias");
    expect(alias).toMatchObject({ term: role, concept: 0, prefix: false, fuzzy: false });
    expect(alias?.weight).toBeLessThan(1);
  });
});
