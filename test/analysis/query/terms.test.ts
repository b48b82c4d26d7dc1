import { describe, expect, it } from "vitest";
import { type QueryTerm, TermSet, WEIGHTS, wordWeight } from "../../../src/analysis/query/terms.ts";

const term = (over: Partial<QueryTerm>): QueryTerm => ({
  term: "waffenruh",
  weight: 1,
  prefix: false,
  fuzzy: false,
  concept: 0,
  source: "typed",
  form: "stem",
  span: { start: 0, end: 5 },
  ...over,
});

describe("the weight table", () => {
  it("weighs what the user typed most, and later alternatives of a translation a little less", () => {
    expect(wordWeight("typed", 0)).toBe(1);
    expect(wordWeight("translation", 1)).toBeLessThan(wordWeight("translation", 0));
    expect(wordWeight("synonym", 0)).toBeLessThan(wordWeight("translation", 0));
    expect(wordWeight("synonym", 2)).toBeCloseTo(WEIGHTS.source.synonym / (1 + 2 * WEIGHTS.decay));
  });

  it("counts a compound part or a verb base for less than the word itself", () => {
    expect(WEIGHTS.form.part).toBeLessThan(WEIGHTS.form.stem);
    expect(WEIGHTS.form.base).toBeLessThan(WEIGHTS.form.stem);
  });
});

describe("a term set", () => {
  it("keeps one entry per term, with its first concept and the best weight and tolerances of both routes", () => {
    const set = new TermSet();
    set.add(term({ weight: 0.5, concept: 3, source: "translation" }));
    set.add(term({ weight: 1, concept: 7, prefix: true }));
    expect(set.values()).toEqual([term({ weight: 1, concept: 3, source: "translation", prefix: true })]);
  });

  it("keeps terms in the order they were first added, and drops whole concepts", () => {
    const set = new TermSet();
    set.add(term({ term: "a", concept: 0 }));
    set.add(term({ term: "b", concept: 1 }));
    set.add(term({ term: "c", concept: 0 }));
    set.dropConcepts(new Set([0]));
    expect(set.values().map((t) => t.term)).toEqual(["b"]);
  });
});
