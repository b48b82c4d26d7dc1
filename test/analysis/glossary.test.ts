import { describe, expect, it } from "vitest";
import { parseGlossary, restoreGlossary } from "../../src/analysis/glossary.ts";
import { foldWord } from "../../src/analysis/normalize.ts";
import { TABLES } from "../support/tables.ts";

const TEXT = [
  "# news",
  "ceasefire, ceasefires, truce = Waffenruhe, Waffenstillstand, Feuerpause",
  "cease fire = Waffenruhe",
  "kremlin chief, kremlin boss = Kremlchef",
  "summit = Gipfel, Gipfeltreffen",
  "truce = Kampfpause",
  "peace talks = Friedensgespräche",
].join("\n");

/** A glossary's snapshot restored as the engine cache does: through JSON. */
const roundTrip = (text: string) => {
  const built = parseGlossary(text, "glossary.txt");
  return { built, restored: restoreGlossary(JSON.parse(JSON.stringify(built.snapshot()))) };
};

describe("the English→German glossary", () => {
  const glossary = parseGlossary(TEXT, "glossary.txt");

  it("gives a form's German words, merging a form's entries in file order", () => {
    expect(glossary.lookup("ceasefire")).toEqual(["Waffenruhe", "Waffenstillstand", "Feuerpause"]);
    expect(glossary.lookup("truce")).toEqual(["Waffenruhe", "Waffenstillstand", "Feuerpause", "Kampfpause"]);
    expect(glossary.lookup("kremlin chief")).toEqual(["Kremlchef"]);
    expect(glossary.longestPhrase).toBe(2);
  });

  it("finds a misspelt form within the allowed edits", () => {
    expect(glossary.lookupFuzzy("ceasfire", 1)).toEqual(["Waffenruhe", "Waffenstillstand", "Feuerpause"]);
    expect(glossary.lookupFuzzy("cesfre", 1)).toBeUndefined();
  });

  it("counts two swapped neighbouring letters as one edit", () => {
    expect(glossary.lookupFuzzy("ceasefrie", 1)).toEqual(["Waffenruhe", "Waffenstillstand", "Feuerpause"]);
    expect(glossary.lookupFuzzy("ceasefrie", 0)).toBeUndefined();
  });

  it("gives a German word's siblings and every German word", () => {
    expect(glossary.synonyms("waffenstillstand")).toEqual(["Waffenruhe", "Feuerpause"]);
    expect([...glossary.germanWords()]).toEqual([
      "Waffenruhe",
      "Waffenstillstand",
      "Feuerpause",
      "Kremlchef",
      "Gipfel",
      "Gipfeltreffen",
      "Kampfpause",
      "Friedensgespräche",
    ]);
  });

  it("rejects a line without `=` with the file, the line and the expected form", () => {
    expect(() => parseGlossary("summit = Gipfel\nsummit Gipfel\n", "glossary.txt")).toThrow(
      /^glossary\.txt:2: an entry needs exactly one "=", found 0\. Expected `english, forms = Deutsch, Wörter`\.$/,
    );
    expect(() => parseGlossary("a, = b", "g.txt")).toThrow(/^g\.txt:1: an empty form between commas/);
  });
});

describe("a glossary restored from its snapshot", () => {
  const { built, restored } = roundTrip(TEXT);
  const forms = ["ceasefire", "ceasefires", "truce", "cease fire", "kremlin chief", "summit", "war"];

  it("looks up, corrects typos and gives siblings like the parsed one", () => {
    for (const form of forms) expect(restored.lookup(form)).toEqual(built.lookup(form));
    for (const typo of ["ceasfire", "sumit", "kremlin chef", "truse"])
      expect(restored.lookupFuzzy(typo, 2)).toEqual(built.lookupFuzzy(typo, 2));
    for (const word of ["waffenruhe", "feuerpause", "gipfel", "kampfpause", "frieden"])
      expect(restored.synonyms(word)).toEqual(built.synonyms(word));
    expect(restored.longestPhrase).toBe(built.longestPhrase);
    expect([...restored.germanWords()]).toEqual([...built.germanWords()]);
  });

  it("stores a line's forms once, with their German words", () => {
    expect(built.snapshot().entries[0]).toEqual([
      ["ceasefire", "ceasefires"],
      ["Waffenruhe", "Waffenstillstand", "Feuerpause"],
    ]);
  });

  it("makes the same snapshot again", () => {
    expect(restored.snapshot()).toEqual(built.snapshot());
  });

  it("WHEN it is the bundled glossary THEN every form, sibling and German word comes back the same", () => {
    const bundled = TABLES.glossary;
    const snapshot = bundled.snapshot();
    const copy = restoreGlossary(JSON.parse(JSON.stringify(snapshot)));
    const allForms = snapshot.entries.flatMap(([forms]) => forms);
    expect(allForms.map((f) => copy.lookup(f))).toEqual(allForms.map((f) => bundled.lookup(f)));
    const german = [...bundled.germanWords()];
    expect([...copy.germanWords()]).toEqual(german);
    const folded = german.map(foldWord);
    expect(folded.map((w) => copy.synonyms(w))).toEqual(folded.map((w) => bundled.synonyms(w)));
    expect(copy.lookupFuzzy("ceasfire", 1)).toEqual(bundled.lookupFuzzy("ceasfire", 1));
    expect(copy.snapshot()).toEqual(snapshot);
  });
});
