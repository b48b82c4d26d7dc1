import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/analysis/analyzer.ts";
import {
  loadAnalysisTables,
  restoreAnalysisTables,
  snapshotAnalysisTables,
} from "../../src/analysis/tables.ts";
import { TABLES } from "../support/tables.ts";

describe("the analysis tables", () => {
  const bundled = TABLES;

  it("are read anew from the bundled files at each load: nothing is kept between callers", () => {
    const again = loadAnalysisTables();
    expect(again).not.toBe(bundled);
    expect(snapshotAnalysisTables(again)).toEqual(snapshotAnalysisTables(bundled));
  });

  it("hold the strong verbs' forms", () => {
    expect(bundled.strongVerbs.get("getroffen")).toBe("treffen");
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
    const snapshot = snapshotAnalysisTables(bundled);
    const restored = restoreAnalysisTables(JSON.parse(JSON.stringify(snapshot)));

    it("THEN the stop words and the dictionary are the same sets", () => {
      expect(restored.stopWords).toEqual(bundled.stopWords);
      expect(restored.dictionary).toEqual(bundled.dictionary);
      expect(restored.strongVerbs).toEqual(bundled.strongVerbs);
    });

    it("THEN they make the same snapshot again", () => {
      expect(snapshotAnalysisTables(restored)).toEqual(snapshot);
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
