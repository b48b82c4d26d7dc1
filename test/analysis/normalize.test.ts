import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/analysis/normalize.ts";

describe("folding German words for search", () => {
  it.each([
    ["Schlüssel", "Schluessel"],
    ["Schlüssel", "Schlussel"],
    ["Europäer", "Europaer"],
    ["Europäer", "EUROPÄER"],
    ["Größe", "Groesse"],
    ["Straße", "STRASSE"],
    ["Sécurité", "securite"],
  ])("%s and %s meet", (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
  });

  it("keeps ue after a vowel and in que (Steuer, Queen)", () => {
    expect(foldWord("Steuer")).toBe("steuer");
    expect(foldWord("Queen")).toBe("queen");
  });

  it("treats composed and decomposed umlauts alike", () => {
    expect(foldWord("Mu\u0308ller")).toBe(foldWord("Müller"));
  });

  it("is idempotent on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => foldWord(foldWord(s)) === foldWord(s)));
  });
});
