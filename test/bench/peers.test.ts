import { beforeAll, describe, expect, it } from "vitest";
import type { Peer } from "../../bench/peers/peer.ts";
import { readFixture, type SectionLookup } from "../../bench/quality.ts";
import {
  markdownTable,
  OURS,
  PEERS,
  QUESTION_SETS,
  type QualityRow,
  type QualityTable,
  qualityTable,
  SECTION_SETS,
} from "../../bench/quality-table.ts";
import { passagesOf } from "../../src/index/passages.ts";
import { fixtureArticle } from "../support/fixtures.ts";

const seed = passagesOf(fixtureArticle("seed"));
const fiction = passagesOf(fixtureArticle("fiction"));

/** The one passage whose text holds `word`. */
function passageWith(passages: typeof seed, word: string) {
  const found = passages.filter((p) => p.text.includes(word));
  expect(found).toHaveLength(1);
  return found[0]?.id;
}

describe.each(PEERS.map((peer) => [peer.name, peer]))("peer %s", (_name, peer) => {
  it("indexes passages and finds an exact German word first", async () => {
    const index = await peer.build(seed);
    const hits = await index.search("Sicherheitsgarantien", 5);
    expect(hits[0]).toBe(passageWith(seed, "Sicherheitsgarantien"));
  });

  it("finds a word of another article's index, and only ids of that article", async () => {
    const index = await peer.build(fiction);
    const hits = await index.search("Pachteinnahmen", 5);
    expect(hits[0]).toBe(passageWith(fiction, "Pachteinnahmen"));
    const ids = new Set(fiction.map((p) => p.id));
    expect(hits.every((id) => ids.has(id))).toBe(true);
  });

  it("respects the limit", async () => {
    const index = await peer.build(seed);
    expect((await index.search("Putin Trump Ukraine Alaska", 2)).length).toBeLessThanOrEqual(2);
  });

  it("names its configuration on one line", () => {
    expect(peer.config).not.toMatch(/\n/);
    expect(peer.config.length).toBeGreaterThan(0);
  });
});

describe("lunr peer", () => {
  it("does not throw on lunr query syntax in user text", async () => {
    const lunr = PEERS.find((p) => p.name.startsWith("lunr"));
    const index = await lunr?.build(seed);
    for (const q of ["foo:bar", "Putin~2", "^", "+", "-Trump", "Selenskyj-Treffen", "Waffen*", "\\", ""]) {
      await expect(Promise.resolve(index?.search(q, 5))).resolves.toBeDefined();
    }
  });
});

describe("qualityTable", () => {
  // One run of every engine over every set, shared: it takes seconds.
  let result: QualityTable;
  beforeAll(async () => {
    result = await qualityTable();
  }, 60_000);

  it("scores our engine first, then every peer, on every question set", () => {
    expect(result.rows.map((r) => r.engine)).toEqual([OURS, ...PEERS.map((p) => p.name)]);
    for (const row of result.rows) {
      expect(row.questions).toHaveLength(QUESTION_SETS.length);
      for (const set of row.questions) {
        expect(set.n).toBeGreaterThan(0);
        expect(set.hit1).toBeLessThanOrEqual(set.hit3);
      }
      expect(row.sections.n).toBeGreaterThan(0);
      expect(result.misses[row.engine]).toBeDefined();
    }
    const table = markdownTable(result);
    expect(table).toContain(
      "| engine | dev | held-out | held-out 2 | held-out 3 | held-out 4 | held-out 5 | 4th article | 5th article | 6th article | 7th article | vocab en | vocab de | vocab blind en | vocab blind de | new article | sections Hit@1 | errors |",
    );
    for (const row of result.rows) expect(table).toContain(`### ${row.engine}:`);
  });

  it("never lists the misses of a blind set, only how many there are", () => {
    const blind = QUESTION_SETS.filter((set) => set.blind).map((set) => set.label);
    expect(blind.length).toBeGreaterThan(0);
    for (const missed of Object.values(result.misses))
      for (const label of blind) expect(missed.filter((m) => m.startsWith(`${label} `))).toEqual([]);
  });

  it("counts a peer that throws as no result and reports the errors", async () => {
    const throwing: Peer = {
      name: "throws",
      config: "throws on every question",
      build: () => ({
        search: () => {
          throw new Error("boom");
        },
      }),
    };
    const failing: Peer = {
      name: "fails",
      config: "cannot build its index",
      build: () => {
        throw new Error("no index");
      },
    };
    const result = await qualityTable([throwing, failing]);
    const numbers = SECTION_SETS.flatMap((file) => readFixture<SectionLookup>(file)).filter((l) =>
      /^\d+$/.test(l.query),
    ).length;
    const asked = (row: QualityRow | undefined) =>
      (row?.questions ?? []).reduce((sum, set) => sum + set.n, 0) + (row?.sections.n ?? 0);
    const [, throws, fails] = result.rows;
    for (const set of throws?.questions ?? []) expect(set.hit1).toBe(0);
    expect(throws?.sections.hit1).toBe(0);
    // Bare section numbers never reach a peer's search: misses, but not errors.
    expect(throws?.errors).toBe(asked(throws) - numbers);
    expect(fails?.errors).toBe(asked(fails));
    // Every question is a miss; a blind set's misses come as one line with their count.
    const blindSets = QUESTION_SETS.filter((set) => set.blind);
    const blindQuestions = (throws?.questions ?? [])
      .filter((_, i) => QUESTION_SETS[i]?.blind)
      .reduce((sum, set) => sum + set.n, 0);
    expect(result.misses.throws).toHaveLength(asked(throws) - blindQuestions + blindSets.length);
    for (const set of blindSets)
      expect(result.misses.throws).toContain(
        `${set.label}: ${readFixture<{ lang: string }>(set.file).filter((q) => !set.lang || q.lang === set.lang).length} (not listed)`,
      );
  });
});
