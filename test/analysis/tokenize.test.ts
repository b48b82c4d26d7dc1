import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/analysis/tokenize.ts";

describe("tokenizing text", () => {
  it("splits at hyphens and punctuation and keeps umlauts", () => {
    expect(tokenize("US-Präsident, Ölgeschäfte!").map((t) => t.word)).toEqual([
      "US",
      "Präsident",
      "Ölgeschäfte",
    ]);
  });

  it("gives offsets that point back at the word", () => {
    fc.assert(
      fc.property(fc.string(), (text) => tokenize(text).every((t) => text.slice(t.start, t.end) === t.word)),
    );
  });
});
