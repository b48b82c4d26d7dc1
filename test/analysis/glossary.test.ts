import { describe, expect, it } from "vitest";
import { parseGlossary, swaps } from "../../src/analysis/glossary.ts";

const glossary = parseGlossary(
  [
    "# comment",
    "ceasefire, truce = Waffenruhe, Waffenstillstand",
    "security guarantees = Sicherheitsgarantien",
  ].join("\n"),
  "glossary.txt",
);

describe("the English→German glossary", () => {
  it("looks up English forms and phrases", () => {
    expect(glossary.lookup("truce")).toEqual(["Waffenruhe", "Waffenstillstand"]);
    expect(glossary.lookup("security guarantees")).toEqual(["Sicherheitsgarantien"]);
    expect(glossary.longestPhrase).toBe(2);
  });

  it("finds a form with a typo within the allowed edits", () => {
    expect(glossary.lookupFuzzy("ceasfire", 1)).toEqual(["Waffenruhe", "Waffenstillstand"]);
    expect(glossary.lookupFuzzy("cxxsfire", 1)).toBeUndefined();
  });

  it("counts two swapped neighbouring letters as one edit", () => {
    expect(glossary.lookupFuzzy("ceasefrie", 1)).toEqual(["Waffenruhe", "Waffenstillstand"]);
    expect(glossary.lookupFuzzy("ceasefrie", 0)).toBeUndefined();
  });

  it("gives the German siblings of a German word", () => {
    expect(glossary.synonyms("waffenstillstand")).toEqual(["Waffenruhe"]);
  });

  it("names the file and line of a malformed entry, and what is expected", () => {
    expect(() => parseGlossary("ok = gut\nno equals sign", "g.txt")).toThrow(
      /^g\.txt:2: an entry needs exactly one "=", found 0\. Expected `english, forms = Deutsch, Wörter`\.$/,
    );
    expect(() => parseGlossary("a, = b", "g.txt")).toThrow(/g\.txt:1: an empty form between commas/);
  });
});

describe("swaps", () => {
  it("lists each swap of two different neighbouring letters", () => {
    expect(swaps("abc")).toEqual(["bac", "acb"]);
    expect(swaps("aab")).toEqual(["aba"]);
    expect(swaps("a")).toEqual([]);
  });
});
