import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer.ts";
import { parseDictionary } from "../../src/analysis/dictionary.ts";
import { parseGlossary } from "../../src/analysis/glossary.ts";
import { foldWord } from "../../src/analysis/normalize.ts";
import { analysisTables } from "../../src/analysis/tables.ts";
import { parseThesaurus, restoreThesaurus, type Thesaurus } from "../../src/analysis/thesaurus.ts";
import { TABLES } from "../support/tables.ts";

describe("German synonyms for words an article does not use", () => {
  const thesaurus = parseThesaurus(
    "# news\nAngst, Sorge, befürchten\nTreffen, Begegnung, sich treffen\n",
    "syn.txt",
  );

  it("gives the other words of the word's group", () => {
    expect(thesaurus.synonyms("angst")).toEqual(["Sorge", "befürchten"]);
  });

  it("finds a word by its stem, so inflected forms reach the group (Ängste → Angst)", () => {
    expect(thesaurus.synonyms("angste")).toEqual(["Sorge", "befürchten"]);
  });

  it("rejects a group of one word with the file, the line and an example", () => {
    expect(() => parseThesaurus("Angst, Sorge\nAngst\n", "syn.txt")).toThrow(
      /^syn\.txt:2: a group needs two or more words/,
    );
  });

  it("WHEN a German question uses a word the article lacks THEN its synonyms the article has are searched", () => {
    const analyzer = createAnalyzer(
      ["Die", "Anwohner", "befürchten", "Lärm"],
      analysisTables({
        // No glossary: the synonym must come from the thesaurus alone.
        glossary: parseGlossary("", "empty.txt"),
        stopWords: TABLES.stopWords,
        strongVerbs: TABLES.strongVerbs,
        thesaurus,
        bilingual: parseDictionary("", "empty.txt"),
      }),
    );
    const terms = analyzer.analyzeQuery("Warum haben die Anwohner Angst?").map((t) => t.term);
    expect(terms).toContain(analyzer.indexTerms("befürchten")[0]);
  });
});

describe("a thesaurus restored from its snapshot", () => {
  /** Restored as the engine cache does: through JSON. */
  const restore = (thesaurus: Thesaurus) =>
    restoreThesaurus(JSON.parse(JSON.stringify(thesaurus.snapshot())));
  const built = parseThesaurus(
    "Angst, Sorge, befürchten\nTreffen, Begegnung, sich treffen\nSorge, Kummer\n",
    "syn.txt",
  );
  const restored = restore(built);

  it("gives every word the same synonyms and the same words as the parsed one", () => {
    for (const word of ["angst", "angste", "sorge", "treffen", "kummer", "frieden"])
      expect(restored.synonyms(word)).toEqual(built.synonyms(word));
    expect([...restored.words()]).toEqual([...built.words()]);
    expect(restored.snapshot()).toEqual(built.snapshot());
  });

  it("WHEN it is the bundled thesaurus THEN every word's synonyms come back the same", () => {
    const bundled = TABLES.thesaurus;
    const copy = restore(bundled);
    const folded = [...bundled.words()].map(foldWord);
    expect(folded.map((w) => copy.synonyms(w))).toEqual(folded.map((w) => bundled.synonyms(w)));
    expect([...copy.words()]).toEqual([...bundled.words()]);
    expect(copy.snapshot()).toEqual(bundled.snapshot());
  });
});
