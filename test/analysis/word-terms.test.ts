import { describe, expect, it } from "vitest";
import { words } from "../../src/analysis/tokenize.ts";
import { createWordAnalysis } from "../../src/analysis/word-terms.ts";
import { TABLES } from "../support/tables.ts";

const analysis = createWordAnalysis(words("Die Gebietsabtretungen wurden gefordert."), TABLES);

describe("analysing a text for the index", () => {
  it("keeps each word's offsets beside its index terms, so a hit is explained without a second pass", () => {
    const text = "Die Gebietsabtretungen";
    const [die, compound] = analysis.analyzeText(text);
    expect(die).toEqual({ start: 0, end: 3, terms: [] });
    expect(text.slice(compound?.start, compound?.end)).toBe("Gebietsabtretungen");
    expect(compound?.terms).toEqual(analysis.indexTerms("Gebietsabtretungen"));
  });

  it("gives a word the same terms however it is capitalised or spelt with umlauts", () => {
    expect(analysis.indexTerms("GEBIETSABTRETUNGEN")).toEqual(analysis.indexTerms("Gebietsabtretungen"));
  });

  it("knows the corpus's words by stem", () => {
    expect(analysis.knows("gebietsabtretung")).toBe(true);
    expect(analysis.knows("waffenruhe")).toBe(false);
  });
});
