import MiniSearch, { type SearchResult } from "minisearch";
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/growth.ts";
import { createAnalyzer } from "../../src/analysis/analyzer.ts";
import { words } from "../../src/analysis/tokenize.ts";
import type { Article } from "../../src/corpus/article.ts";
import { type FastResult, fastSearcher } from "../../src/index/fast-search.ts";
import { type Passage, passagesOf } from "../../src/index/passages.ts";
import { termQuery } from "../../src/index/query-options.ts";
import { fixtureArticle, jsonLines } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

/** A passage index built the way the search index builds one, with minisearch and our searcher over it. */
function indexOf(articles: readonly Article[]) {
  const passages = articles.flatMap(passagesOf);
  const analyzer = createAnalyzer(
    passages.flatMap((p) => [...words(p.text), ...words(p.sectionTitle)]),
    TABLES,
  );
  const mini = new MiniSearch<Passage>({
    fields: ["text", "sectionTitle"],
    tokenize: words,
    processTerm: (term) => analyzer.indexTerms(term),
  });
  mini.addAll(passages);
  return { mini, fast: fastSearcher(mini), analyzer, passages };
}

const OPTIONS = { boost: { sectionTitle: 1.3 }, bm25: { k: 1.2, b: 0.9, d: 0.5 } };
const questions = [
  ...jsonLines<{ q: string }>("questions.dev.jsonl"),
  ...jsonLines<{ q: string }>("questions.holdout.jsonl"),
].map((q) => q.q);

/** Everything a result says, with the matched terms as sets (minisearch orders number-like terms first). */
const comparable = (results: readonly (FastResult | SearchResult)[]) =>
  results.map((r) => ({
    id: r.id,
    score: r.score,
    terms: [...r.terms].sort(),
    queryTerms: [...r.queryTerms].sort(),
  }));

describe.each([
  ["the seed article", [fixtureArticle("seed")]],
  ["both fixture articles", [fixtureArticle("seed"), fixtureArticle("fiction")]],
  [
    "20 reshuffled articles (many equal scores)",
    syntheticCorpus([fixtureArticle("seed"), fixtureArticle("fiction")], 20),
  ],
])("fast search over %s", (_name, articles) => {
  const { mini, fast, analyzer, passages } = indexOf(articles);
  const cases = questions.map((q) => ({ q, ...termQuery(analyzer.analyzeQuery(q)) }));

  it("gives minisearch's results for every quality question: same passages, same order, same scores to the bit", () => {
    for (const { query, options } of cases) {
      const want = mini.search(query, { ...options, ...OPTIONS });
      expect(comparable(fast.search(query, { ...options, ...OPTIONS }))).toEqual(comparable(want));
    }
  });

  it("keeps exactly minisearch's first `top` when asked for the best few", () => {
    for (const { query, options } of cases) {
      for (const top of [0, 1, 5, 50]) {
        const want = mini.search(query, { ...options, ...OPTIONS }).slice(0, top);
        expect(comparable(fast.search(query, { ...options, ...OPTIONS, top }))).toEqual(comparable(want));
      }
    }
  });

  it("filters like minisearch", () => {
    const articleId = passages[0]?.articleId;
    const filter = (r: { id: string }) => r.id.startsWith(`${articleId}/`) && !r.id.endsWith("/1");
    for (const { query, options } of cases.slice(0, 40)) {
      const want = mini.search(query, { ...options, ...OPTIONS, filter });
      expect(comparable(fast.search(query, { ...options, ...OPTIONS, filter, top: 10 }))).toEqual(
        comparable(want.slice(0, 10)),
      );
    }
  });

  it("counts, over every match that passes the filter and not only the best few, the passages each group of query terms occurs in", () => {
    const articleId = passages[0]?.articleId;
    const filter = (r: { id: string }) => r.id.startsWith(`${articleId}/`);
    for (const q of questions.slice(0, 60)) {
      const terms = analyzer.analyzeQuery(q);
      const { query, options } = termQuery(terms);
      const groupOf = (t: string) => terms.find((x) => x.term === t)?.concept ?? -1;
      const want = new Map<number, number>();
      for (const r of mini.search(query, { ...options, ...OPTIONS, filter }))
        for (const group of new Set(r.queryTerms.map(groupOf))) want.set(group, (want.get(group) ?? 0) + 1);
      const into = new Map<number, number>();
      fast.search(query, { ...options, ...OPTIONS, filter, top: 3, countGroups: { of: groupOf, into } });
      expect(into).toEqual(want);
    }
  });
});

describe("fast search where its loop would differ from minisearch", () => {
  const { mini, fast } = indexOf([fixtureArticle("seed"), fixtureArticle("fiction")]);
  const query = "trump putin ukrain europa alaska";

  it("gives minisearch's scores when a query term is repeated (minisearch counts distinct terms)", () => {
    expect(comparable(fast.search("trump trump putin"))).toEqual(
      comparable(mini.search("trump trump putin")),
    );
  });

  it("reads a negative `top` as all results, on either path", () => {
    expect(fast.search(query, { top: -1 })).toHaveLength(mini.search(query).length);
  });

  it("counts more than 64 groups as minisearch's results would (it has 64 bits, so it falls back)", () => {
    const { analyzer, passages } = indexOf([fixtureArticle("seed")]);
    const terms = [
      ...new Set(
        passages.flatMap((p) => p.text.split(/\s+/)).flatMap((w) => analyzer.indexTerms(w).slice(0, 1)),
      ),
    ].slice(0, 70);
    expect(terms).toHaveLength(70);
    const query = terms.join(" ");
    const groupOf = (t: string) => terms.indexOf(t);
    const asIs = { tokenize: (q: string) => q.split(" "), processTerm: (t: string) => t };
    const into = new Map<number, number>();
    fast.search(query, { ...asIs, countGroups: { of: groupOf, into } });
    const want = new Map<number, number>();
    for (const r of mini.search(query, asIs))
      for (const group of new Set(r.queryTerms.map(groupOf))) want.set(group, (want.get(group) ?? 0) + 1);
    expect(into).toEqual(want);
    expect(into.has(69)).toBe(true);
  });

  it("carries nothing from a query whose filter threw into the next", () => {
    const groupOf = (t: string) => (t.startsWith("t") ? 1 : 2);
    const count = () => {
      const into = new Map<number, number>();
      fast.search("trump putin", { countGroups: { of: groupOf, into } });
      return into;
    };
    const before = count();
    expect(() =>
      fast.search("ukraine europa", {
        countGroups: { of: groupOf, into: new Map() },
        filter: () => {
          throw new Error("filter failed");
        },
      }),
    ).toThrow("filter failed");
    expect(count()).toEqual(before);
  });
});

describe("fast search outside what it implements", () => {
  it("hands options it does not know to minisearch itself", () => {
    const { mini, fast } = indexOf([fixtureArticle("seed")]);
    const options = { combineWith: "AND", prefix: true } as const;
    const fastOptions = options as unknown as Parameters<typeof fast.search>[1];
    expect(comparable(fast.search("trump putin", fastOptions))).toEqual(
      comparable(mini.search("trump putin", options)),
    );
  });

  it("finds nothing for a query without index terms", () => {
    const { fast } = indexOf([fixtureArticle("seed")]);
    expect(fast.search("")).toEqual([]);
    expect(fast.search("zzzzqqq")).toEqual([]);
  });
});
