import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntaxTokens, tokenize } from "../../src/analysis/tokenize.ts";

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

describe("tokenizing text for parsing", () => {
  it("keeps hyphenated words whole and makes each punctuation mark a token", () => {
    expect(syntaxTokens("US-Präsident „Gebietstausch“, sagte er.").map((t) => t.word)).toEqual([
      "US-Präsident",
      "„",
      "Gebietstausch",
      "“",
      ",",
      "sagte",
      "er",
      ".",
    ]);
  });

  it("tokenizes a range of the text, with offsets into the whole text", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        return syntaxTokens(text, from, to).every(
          (t) => t.start >= from && t.end <= to && text.slice(t.start, t.end) === t.word,
        );
      }),
    );
  });
});
