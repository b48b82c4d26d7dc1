/** The dictionary stage on its own: below the glossary, one concept per headword, senses chosen and capped. */
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../../../src/analysis/dictionary.ts";
import { foldWord } from "../../../src/analysis/normalize.ts";
import {
  chooseSenses,
  invertedPhrase,
  longestBilingualMatch,
} from "../../../src/analysis/query/bilingual.ts";
import type { QueryContext } from "../../../src/analysis/query/context.ts";
import { queryTokens, queryWords } from "../../../src/analysis/query/words.ts";
import { words } from "../../../src/analysis/tokenize.ts";
import { createWordAnalysis } from "../../../src/analysis/word-terms.ts";
import { TABLES } from "../../support/tables.ts";

const context = (corpus: string, bilingual = TABLES.bilingual): QueryContext => {
  const tables = { ...TABLES, bilingual };
  return {
    tables,
    words: createWordAnalysis(words(corpus), tables),
    foldedWordsOf: (phrase) => words(phrase).map(foldWord),
  };
};
const ctx = context(
  "Die Gebärdensprache ist eine eigene Sprache. Der Baubeginn ist 2027. Sie starb in Warschau.",
);
const fold = (question: string) => queryTokens(question).map((t) => t.folded);
const wordsOf = (c: QueryContext, question: string, english = true) =>
  queryWords(c, queryTokens(question), english);

describe("the dictionary stage", () => {
  it("GIVEN a phrase the glossary lacks THEN the dictionary's phrase, longest first, its last word also in the singular", () => {
    expect(longestBilingualMatch(ctx, fold("radio waves travel"), 0)).toMatchObject({ length: 2 });
    const out = wordsOf(ctx, "What is sign language?");
    expect(out).toContainEqual(expect.objectContaining({ word: "gebardensprache", source: "dictionary" }));
    // One concept for the phrase: the words `sign` and `language` are not searched on their own.
    expect(new Set(out.filter((w) => w.source === "dictionary").map((w) => w.concept)).size).toBe(1);
  });

  it("GIVEN an inflected English word THEN its headword or its base form's (hedgehogs → Igel)", () => {
    const out = wordsOf(ctx, "Where do hedgehogs sleep?").map((w) => w.word);
    expect(out).toContain("igel");
  });

  it("GIVEN a word the glossary translates THEN the glossary's words only, none of the dictionary's", () => {
    const out = wordsOf(ctx, "ceasefire");
    expect(out.some((w) => w.source === "dictionary")).toBe(false);
    expect(out[0]).toMatchObject({ word: "waffenruhe", source: "translation" });
  });

  it("GIVEN a German question THEN no dictionary words", () => {
    expect(wordsOf(ctx, "Wo starb sie?", false).some((w) => w.source === "dictionary")).toBe(false);
  });

  it("GIVEN an English noun pair THEN its `of` phrase (construction start → start of construction)", () => {
    expect(invertedPhrase(ctx, fold("construction start"), 0)?.glossary?.german).toContain("Baubeginn");
    const out = wordsOf(ctx, "When does construction start?");
    expect(out[0]).toMatchObject({ word: "baubeginn", concept: 2 });
    expect(out.some((w) => w.source === "typed" && w.maybeTypo && w.word === "start")).toBe(false);
  });

  it("GIVEN a word only the dictionary knows THEN it is spelt right (no typo tolerance for it)", () => {
    const out = wordsOf(ctx, "Where is the anvil?");
    expect(out).toContainEqual(expect.objectContaining({ word: "amboss", source: "dictionary" }));
    expect(out.find((w) => w.word === "anvil")).toMatchObject({ maybeTypo: false });
  });

  it("GIVEN a place or a person the glossary lacks THEN Ding's name (Canary Islands, Henry the Lion)", () => {
    const of = (question: string) => wordsOf(ctx, question).filter((w) => w.source === "dictionary");
    expect(of("Where are the Canary Islands?").map((w) => w.word)).toEqual(
      expect.arrayContaining(["kanaren", "kanarische", "inseln"]),
    );
    expect(of("Who was Henry the Lion?").map((w) => w.word)).toEqual(
      expect.arrayContaining(["heinrich", "lowe"]),
    );
  });

  it("GIVEN a phrase or word that starts on a stop word THEN no dictionary match", () => {
    expect(longestBilingualMatch(ctx, fold("the wind"), 0)).toBeUndefined();
  });

  describe("which senses", () => {
    const table = parseDictionary(
      [
        "pole = staken {verb} | Pfosten; Pfahl | Pol [geogr.] | Stange [techn.] | Pole; Polin {name} [soc.]",
        "bloke = Kerl [coll.] | Typ [coll.]",
        "widget = Apparat | Ding [ugs.] | Gerät | Vorrichtung | Teil",
      ].join("\n"),
      "test.txt",
    );
    const small = context("Ein Pfosten. Der Pol. Eine Polin.", table);
    const senses = (form: string, capitalised?: boolean) =>
      chooseSenses(small, small.tables.bilingual.lookup(form) ?? [], capitalised).map((s) => s.german[0]);

    it("THEN at most three, the ones whose words the article uses first, a later domain sense only when the article uses it", () => {
      // `Stange [techn.]` is a domain sense after the first, and the article does not use it.
      expect(senses("pole", false)).toEqual(["Pfosten", "Pol", "Pole"]);
    });

    it("THEN a capitalised word prefers the names (Pole → Polin), and keeps them though labelled", () => {
      expect(senses("pole", true)[0]).toBe("Pole");
      const other = context("Ein Pfosten.", table);
      const chosen = chooseSenses(other, table.lookup("pole") ?? [], true).map((s) => s.german[0]);
      expect(chosen).toContain("Pole");
      expect(chooseSenses(other, table.lookup("pole") ?? [], false).map((s) => s.german[0])).not.toContain(
        "Pole",
      );
    });

    it("THEN register-labelled senses only when there is nothing else", () => {
      expect(senses("widget")).toEqual(["Apparat", "Gerät", "Vorrichtung"]);
      expect(senses("bloke")).toEqual(["Kerl"]);
    });
  });
});
