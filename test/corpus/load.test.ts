import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { fixtureArticle, tempCorpus } from "../support/fixtures.ts";

describe("loading a corpus folder", () => {
  it("loads every article in file-name order", () => {
    const articles = loadCorpus(tempCorpus());
    expect(articles.map((a) => a.id)).toEqual(
      [fixtureArticle("seed").id, fixtureArticle("fiction").id].sort(),
    );
  });

  it("loads the committed corpus", () => {
    expect(loadCorpus("corpus").length).toBeGreaterThanOrEqual(1);
  });

  it("reports every bad file at once, each with its name", () => {
    const dir = tempCorpus(["seed"], { "a-bad.md": "nope\n", "b-bad.md": "---\nid: x\n---\nText\n" });
    expect(() => loadCorpus(dir)).toThrow(/a-bad\.md:1: .*\n.*b-bad\.md:\d+: field "title" is missing/);
  });

  it("refuses two articles with the same id", () => {
    const seed = fixtureArticle("seed");
    const dir = tempCorpus(["seed"]);
    const copy = join(dir, "zz-copy.md");
    writeFileSync(
      copy,
      `---\nid: ${seed.id}\ntitle: T\ndate: 2025-01-01\nsource: s\nlanguage: de\n---\n\nText.\n`,
    );
    expect(() => loadCorpus(dir)).toThrow(/zz-copy\.md: the id ".*" is already used by/);
  });

  it("says how to fill an empty folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "empty-corpus-"));
    expect(() => loadCorpus(dir)).toThrow(/no article \(\*\.md\).*npm run cli -- import/);
  });

  it("says when the folder does not exist", () => {
    expect(() => loadCorpus("/nonexistent/corpus")).toThrow(/cannot be read/);
  });
});
