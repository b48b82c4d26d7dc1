import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, loadCorpusReport } from "../../src/corpus/load.ts";
import { ArticleBotError } from "../../src/errors.ts";
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

describe("loading a corpus folder leniently (loadCorpusReport)", () => {
  const DATE_LINE = 4;
  const article = (id: string, date = "2025-01-02") =>
    `---\nid: ${id}\ntitle: T\ndate: ${date}\nsource: s\nlanguage: de\n---\n\nText.\n`;

  it("GIVEN good and bad files THEN it keeps the good articles and gives one problem per bad file, with its name and line", () => {
    const dir = tempCorpus(["seed"], {
      "b-date.md": article("b", "2025-02-30"),
      "c-empty.md": "",
      "d-good.md": article("d"),
    });
    const report = loadCorpusReport(dir);
    expect(report.articles.map((a) => a.id)).toEqual([fixtureArticle("seed").id, "d"].sort());
    expect(report.problems.map((p) => [p.name, p.line])).toEqual([
      ["b-date.md", DATE_LINE],
      ["c-empty.md", undefined],
    ]);
    expect(report.problems[0]?.message).toMatch(
      /b-date\.md:4: field "date" is 2025-02-30, which is not on the calendar/,
    );
    expect(report.problems[1]?.message).toMatch(/c-empty\.md: the file is empty/);
  });

  it("names each good article by its file, so a caller can keep the last good version of a file that went bad", () => {
    const dir = tempCorpus([], { "one.md": article("one"), "two.md": article("two") });
    const report = loadCorpusReport(dir);
    expect([...report.byFile].map(([name, a]) => [name, a.id])).toEqual([
      ["one.md", "one"],
      ["two.md", "two"],
    ]);
  });

  it("GIVEN two files with one id THEN the later file is the problem and the first one loads", () => {
    const dir = tempCorpus([], { "a.md": article("same"), "b.md": article("same") });
    const report = loadCorpusReport(dir);
    expect(report.articles.map((a) => a.id)).toEqual(["same"]);
    expect(report.problems).toEqual([
      expect.objectContaining({
        name: "b.md",
        message: expect.stringMatching(/b\.md: the id "same" is already used by .*a\.md/),
      }),
    ]);
  });

  it("GIVEN an empty or missing folder THEN one problem for the folder itself, with no file name", () => {
    const empty = loadCorpusReport(mkdtempSync(join(tmpdir(), "empty-corpus-")));
    const missing = loadCorpusReport("/nonexistent/corpus");
    for (const report of [empty, missing]) {
      expect(report.articles).toEqual([]);
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]?.name).toBeUndefined();
    }
  });

  it("loadCorpus throws every problem of the report, one line each", () => {
    const dir = tempCorpus(["seed"], { "a.md": "", "b.md": article("b", "2025-02-30") });
    const report = loadCorpusReport(dir);
    let thrown: unknown;
    try {
      loadCorpus(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleBotError);
    expect((thrown as ArticleBotError).code).toBe("CORPUS_FILE");
    expect((thrown as Error).message.split("\n")).toEqual(report.problems.map((p) => p.message));
  });
});
