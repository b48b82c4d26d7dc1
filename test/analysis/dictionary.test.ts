import { describe, expect, it } from "vitest";
import { parseDictionary, readBundledDictionary, restoreDictionary } from "../../src/analysis/dictionary.ts";

const TEXT = [
  "# a comment",
  "died = gestorben | sterben; starb {verb} [biol.] [med.] | eingegangen [ugs.]",
  "warsaw = Warschau {name} [geogr.]",
  "start = beginnen; anfangen {verb} | Start",
  "start of construction = Baubeginn; Beginn der Bauarbeiten [constr.]",
  "mother-in-law = Schwiegermutter",
  "new = neu {adj}",
].join("\n");

describe("the English→German dictionary table", () => {
  const dictionary = parseDictionary(TEXT, "dictionary.txt");

  it("gives a headword's senses in order, each with its words, part of speech, name mark and labels", () => {
    expect(dictionary.lookup("died")).toEqual([
      { german: ["gestorben"], pos: undefined, name: false, labels: [] },
      { german: ["sterben", "starb"], pos: "verb", name: false, labels: ["biol.", "med."] },
      { german: ["eingegangen"], pos: undefined, name: false, labels: ["ugs."] },
    ]);
    expect(dictionary.lookup("warsaw")).toEqual([
      { german: ["Warschau"], pos: "noun", name: true, labels: ["geogr."] },
    ]);
    expect(dictionary.lookup("new")?.[0]?.pos).toBe("adj");
    expect(dictionary.lookup("old")).toBeUndefined();
  });

  it("keys headwords as the glossary does (folded words, one space) and knows its phrases", () => {
    expect(dictionary.lookup("mother in law")?.[0]?.german).toEqual(["Schwiegermutter"]);
    expect(dictionary.lookup("start of construction")?.[0]?.german).toEqual([
      "Baubeginn",
      "Beginn der Bauarbeiten",
    ]);
    expect(dictionary.longestPhrase).toBe(3);
    expect(dictionary.longestPhraseFrom("start")).toBe(3);
    expect(dictionary.longestPhraseFrom("warsaw")).toBe(1);
    expect(dictionary.longestPhraseFrom("berlin")).toBe(0);
    expect(dictionary.size).toBe(6);
  });

  it("reports a malformed line with its file and line number", () => {
    expect(() => parseDictionary("# x\nwarsaw Warschau", "d.txt")).toThrow(/d\.txt:2: an entry needs " = "/);
    expect(() => parseDictionary("a = b\nwarsaw = Warschau || Polen", "d.txt")).toThrow(
      /d\.txt:2: a malformed sense/,
    );
    expect(() => parseDictionary("warsaw = Warschau {noun}", "d.txt")).toThrow(/d\.txt:1: a malformed sense/);
    expect(() => parseDictionary(" = Warschau", "d.txt")).toThrow(/d\.txt:1/);
  });

  it("is the same after a snapshot's round trip through JSON", () => {
    const restored = restoreDictionary(JSON.parse(JSON.stringify(dictionary.snapshot())));
    for (const form of ["died", "warsaw", "start", "start of construction", "mother in law", "old"]) {
      expect(restored.lookup(form)).toEqual(dictionary.lookup(form));
    }
    expect(restored.longestPhrase).toBe(dictionary.longestPhrase);
    expect(restored.longestPhraseFrom("start")).toBe(3);
    expect(restored.size).toBe(dictionary.size);
  });

  it("bundles a table with the issue's words, names and phrases", () => {
    const bundled = readBundledDictionary();
    const first = (form: string) => bundled.lookup(form)?.flatMap((s) => s.german);
    expect(first("warsaw")).toContain("Warschau");
    expect(first("canary islands")).toContain("Kanarische Inseln");
    expect(first("sign language")).toContain("Gebärdensprache");
    expect(first("start of construction")).toContain("Baubeginn");
    expect(first("radio wave")).toContain("Funkwelle");
    expect(first("corporal punishment")).toContain("körperliche Züchtigung");
    expect(first("vows")).toContain("Gelübde");
    expect(first("died")).toEqual(expect.arrayContaining(["gestorben", "starb"]));
    expect(first("children")).toContain("Kinder");
    expect(bundled.size).toBeGreaterThan(200_000);
  });
});

describe("dictionary keys", () => {
  it("fold exactly as the glossary's, fast path or not", async () => {
    const { foldPhrase } = await import("../../src/analysis/normalize.ts");
    const { dictionaryKey } = await import("../../src/analysis/dictionary.ts");
    for (const form of [
      "warsaw",
      "blue",
      "canary islands",
      "mother-in-law",
      "Café",
      "rock 'n' roll",
      "queen",
      "x  y",
    ]) {
      expect(dictionaryKey(form)).toBe(foldPhrase(form));
    }
  });
});
