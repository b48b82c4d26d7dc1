/**
 * The speaker index answers exactly like scoring every speaker: on every fixture article's
 * speakers, by every form, role, English form and name, misspelt, in a phrase and per article.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buildSpeakerIndex, matchIndexedSpeaker, matchSpeaker } from "../../src/quotes/match.ts";
import type { Speaker } from "../../src/quotes/quote.ts";
import { FIXTURES, fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const names = readdirSync(new URL("articles/", FIXTURES))
  .filter((f) => f.endsWith("-raw.txt"))
  .map((f) => f.replace(/-raw\.txt$/, ""));
const engine = createEngine(names.map(fixtureArticle), TABLES);
const { speakers } = engine.quotes;
const tables = engine.index.analyzer.tables;
const quoted = new Set(engine.quotes.quoteCounts.keys());

/** A word's typos: a letter left out, doubled, swapped with the next, replaced. */
function typos(word: string): string[] {
  if (word.length < 4) return [];
  const mid = Math.floor(word.length / 2);
  return [
    word.slice(0, mid) + word.slice(mid + 1),
    word.slice(0, mid) + (word[mid] ?? "") + word.slice(mid),
    word.slice(0, mid - 1) + (word[mid] ?? "") + (word[mid - 1] ?? "") + word.slice(mid + 1),
    `${word.slice(0, -1)}x`,
    `${word.slice(1)}`,
    `${word}s`,
    `${word.slice(0, 2)}${word.slice(4)}`,
  ];
}

function queriesOf(s: Speaker): string[] {
  const forms = [...new Set([s.name, ...s.forms, ...s.roles, ...s.english])];
  return forms.flatMap((f) => [
    f,
    f.toLowerCase(),
    `${f} Deal`,
    `was sagt ${f}`,
    ...typos(f),
    ...f.split(/[\s-]+/).flatMap(typos),
  ]);
}

const summary = (m: ReturnType<typeof matchSpeaker>) =>
  m && { name: m.name, score: m.score, rest: m.rest, speakers: m.speakers.map((s) => s.id) };

describe("GIVEN the speakers of every fixture article in one index", () => {
  const index = buildSpeakerIndex(speakers);
  const queries = [...new Set(speakers.flatMap(queriesOf))];

  it("holds enough speakers and queries to mean something", () => {
    expect(speakers.length).toBeGreaterThan(50);
    expect(queries.length).toBeGreaterThan(2_000);
  });

  it("WHEN any form, role or typo of a speaker is asked THEN the index picks what scoring every speaker picks", () => {
    const cache = new Map();
    let named = 0;
    for (const q of queries) {
      const indexed = summary(matchIndexedSpeaker(index, q, tables, quoted));
      expect(indexed, q).toEqual(summary(matchSpeaker(speakers, q, tables, cache, quoted)));
      if (indexed) named++;
    }
    // Most of them name somebody, so the comparison is mostly of answers, not of two misses.
    expect(named / queries.length).toBeGreaterThan(0.5);
  });

  it("WHEN the query is limited to one article THEN the index picks what scoring that article's speakers picks", () => {
    const cache = new Map();
    for (const name of ["seed", "politics", "economy"]) {
      const articleId = fixtureArticle(name).id;
      const own = speakers.filter((s) => s.articleId === articleId);
      for (const q of queries.slice(0, 1_500)) {
        expect(summary(matchIndexedSpeaker(index, q, tables, quoted, articleId)), q).toEqual(
          summary(matchSpeaker(own, q, tables, cache, quoted)),
        );
      }
    }
  });

  it("WHEN the query names nobody THEN neither picks anyone", () => {
    for (const q of ["", "   ", "Wetter morgen", "xyzzy", "der", "Präsident", "a b c d"]) {
      expect(summary(matchIndexedSpeaker(index, q, tables, quoted))).toEqual(
        summary(matchSpeaker(speakers, q, tables, new Map(), quoted)),
      );
    }
  });
});
