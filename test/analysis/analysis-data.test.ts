import { describe, expect, it } from "vitest";
import {
  bundledAnalysisData,
  restoreAnalysisData,
  snapshotAnalysisData,
} from "../../src/analysis/analysis-data.ts";
import { createAnalyzer } from "../../src/analysis/analyzer.ts";
import { bundledGlossary } from "../../src/analysis/glossary.ts";

describe("the analysis tables", () => {
  const bundled = bundledAnalysisData();

  it("are made once per process from the bundled files", () => {
    expect(bundledAnalysisData()).toBe(bundled);
    expect(bundled.glossary).toBe(bundledGlossary());
  });

  it("hold the data files' German words, folded, and their stems in the dictionary", () => {
    expect(bundled.dictionary.words.has("waffenruhe")).toBe(true);
    expect(bundled.dictionary.words.has("befurchten")).toBe(true);
    expect(bundled.dictionary.stems.has("waffenruh")).toBe(true);
  });

  it("leave the stop words the files' phrases bring in (sich treffen) out of the dictionary", () => {
    expect(bundled.dictionary.words.has("treffen")).toBe(true);
    for (const stop of ["sich", "und", "der"]) expect(bundled.dictionary.words.has(stop)).toBe(false);
  });

  describe("WHEN restored from a snapshot (through JSON, as the engine cache keeps it)", () => {
    const snapshot = snapshotAnalysisData(bundled);
    const restored = restoreAnalysisData(JSON.parse(JSON.stringify(snapshot)));

    it("THEN the stop words and the dictionary are the same sets", () => {
      expect(restored.stopWords).toEqual(bundled.stopWords);
      expect(restored.dictionary).toEqual(bundled.dictionary);
    });

    it("THEN they make the same snapshot again", () => {
      expect(snapshotAnalysisData(restored)).toEqual(snapshot);
    });

    it("THEN an analyzer over them analyses words and questions the same", () => {
      const corpus = ["Die", "Waffenruhe", "Gebietsabtretungen", "Sicherheitsgarantien", "getroffen"];
      const fromFiles = createAnalyzer(corpus, bundled);
      const fromSnapshot = createAnalyzer(corpus, restored);
      for (const word of [...corpus, "Friedensverhandlungen", "Atomwaffenvertrag"])
        expect(fromSnapshot.indexTerms(word)).toEqual(fromFiles.indexTerms(word));
      for (const question of ["what about the ceasfire?", "Gibt es einen Waffenstillstand?", "Angst"])
        expect(fromSnapshot.analyzeQuery(question)).toEqual(fromFiles.analyzeQuery(question));
    });
  });
});
