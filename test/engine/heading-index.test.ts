/**
 * The heading index answers /section exactly like scoring every heading: on every fixture
 * article's headings, their words, typos and prefixes, the section look-up sets, numbers and the
 * kinds' names, over all articles and per article.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/growth.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { buildHeadingIndex, type SectionResult, section } from "../../src/engine/sections.ts";
import { FIXTURES, fixtureArticle, jsonLines } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const names = readdirSync(new URL("articles/", FIXTURES))
  .filter((f) => f.endsWith("-raw.txt"))
  .map((f) => f.replace(/-raw\.txt$/, ""));
const articles = names.map(fixtureArticle);
const { index } = createEngine(articles, TABLES);
const headings = buildHeadingIndex(index);

const summary = (r: SectionResult) => ({
  query: r.query,
  match: r.match && `${r.match.article.id}/${r.match.section.index}/${r.match.number}`,
  alternatives: r.alternatives.map((a) => `${a.article.id}/${a.section.index}/${a.number}`),
});

function queries(): string[] {
  const titles = articles.flatMap((a) => a.sections.map((s) => s.title));
  const words = titles.flatMap((t) => t.split(/\s+/)).filter((w) => w.length >= 3);
  const lookups = readdirSync(FIXTURES)
    .filter((f) => /^sections\..*\.jsonl$/.test(f))
    .flatMap((f) => jsonLines<{ query: string }>(f).map((l) => l.query));
  return [
    ...new Set([
      ...titles,
      ...titles.map((t) => t.toLowerCase()),
      ...words,
      ...words.map((w) => w.slice(0, 4)),
      ...words.map((w) => w.slice(0, 2) + w.slice(3)),
      ...lookups,
      ...["1", "2", "3", "7", "99", "0", "lead", "Einleitung", "Foto", "photo", "intro Europe", "", " "],
    ]),
  ];
}

describe("GIVEN every fixture article's headings in one index", () => {
  const all = queries();

  it("WHEN a heading, a word of it, a typo, a prefix or a number is asked THEN the index picks what scoring every heading picks", () => {
    expect(all.length).toBeGreaterThan(300);
    for (const q of all)
      expect(summary(section(index, q, undefined, headings)), q).toEqual(summary(section(index, q)));
  });

  it("WHEN the look-up is limited to one article THEN the index picks what scoring that article's headings picks", () => {
    for (const article of articles.slice(0, 6)) {
      for (const q of all) {
        expect(summary(section(index, q, article.id, headings)), q).toEqual(
          summary(section(index, q, article.id)),
        );
      }
    }
  });
});

describe("GIVEN forty reshuffled articles, where a heading's words occur in hundreds of passages", () => {
  const corpus = syntheticCorpus([fixtureArticle("seed"), fixtureArticle("fiction")], 40);
  const big = createEngine(corpus, TABLES).index;
  const bigHeadings = buildHeadingIndex(big);

  it("WHEN a heading or a word of it is asked THEN the index picks what scoring every heading picks", () => {
    const titles = corpus.flatMap((a) => a.sections.map((s) => s.title)).filter((_, i) => i % 7 === 0);
    const qs = [...titles, "Waffenruhe", "Europeans", "Trump Putin", "Windpark", "Gemeinderat"];
    for (const q of qs) {
      expect(summary(section(big, q, undefined, bigHeadings)), q).toEqual(summary(section(big, q)));
      expect(summary(section(big, q, corpus[3]?.id, bigHeadings)), q).toEqual(
        summary(section(big, q, corpus[3]?.id)),
      );
    }
  });
});
