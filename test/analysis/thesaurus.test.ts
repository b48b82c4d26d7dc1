import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer.ts";
import { parseGlossary } from "../../src/analysis/glossary.ts";
import { bundledStopWords } from "../../src/analysis/stopwords.ts";
import { parseThesaurus } from "../../src/analysis/thesaurus.ts";

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
    const analyzer = createAnalyzer(["Die", "Anwohner", "befürchten", "Lärm"], {
      // No glossary: the synonym must come from the thesaurus alone.
      glossary: parseGlossary("", "empty.txt"),
      stopWords: bundledStopWords(),
      thesaurus,
    });
    const terms = analyzer.analyzeQuery("Warum haben die Anwohner Angst?").map((t) => t.term);
    expect(terms).toContain(analyzer.indexTerms("befürchten")[0]);
  });
});
