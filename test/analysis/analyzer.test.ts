import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer.ts";
import { words } from "../../src/analysis/tokenize.ts";
import { TABLES } from "../support/tables.ts";

// A small German text is the corpus; the bundled glossary, thesaurus and stop words do the rest.
const analyzer = createAnalyzer(
  words("Ob sich Putin auf ein solches Treffen einlässt, ist unklar. Der Kreml und Selenskyj warten."),
  TABLES,
);
const termsOf = (question: string) => analyzer.analyzeQuery(question).map((t) => t.term);

describe("analysing a German question", () => {
  it("joins a separable verb split by the question, and drops the finite verb's other sense", () => {
    const terms = termsOf("Macht Putin bei dem Treffen mit?");
    expect(terms).toContain("mitmach");
    expect(terms).not.toContain("mach");
  });

  it("drops the particle's own sense too (teil), and tolerates no typo in the joined verb", () => {
    const terms = analyzer.analyzeQuery("Nimmt Selenskyj an dem Treffen teil?");
    expect(terms.map((t) => t.term)).toContain("teilnehm");
    // Word 5, `teil`, is no concept of its own any more (nor word 0, `nimmt`).
    expect(terms.filter((t) => t.concept === 5 || t.concept === 0)).toEqual([]);
    expect(terms.find((t) => t.term === "teilnehm")?.fuzzy).toBe(false);
  });

  it("leaves a question alone whose last word is no particle", () => {
    expect(termsOf("Macht Putin Druck")).toContain("mach");
  });
});

describe("typos", () => {
  it("reads a word of the text with two letters swapped as that word", () => {
    expect(termsOf("Kerml")).toContain("kreml");
    expect(termsOf("Selensykj")).toContain("selenskyj");
  });
});
