/** Speaker attribution against the gold quote lists: precision and recall per article. */
import { readFileSync } from "node:fs";
import { createEngine } from "../src/engine/engine.ts";
import { loadEngineTables } from "../src/engine/tables.ts";
import { type FixtureName, fixtureArticle } from "../test/support/fixtures.ts";

const TABLES = loadEngineTables();

interface GoldQuote {
  readonly article: FixtureName;
  readonly speaker: string | null;
  readonly kind: "direct" | "indirect";
  readonly text: string;
  readonly section: string;
  readonly paragraph: number;
}

export interface QuoteQualityRow {
  readonly article: string;
  readonly gold: number;
  readonly extracted: number;
  readonly directRecall: number;
  readonly indirectRecall: number;
  /** Right speaker / quotes we attributed that are in the gold list. */
  readonly speakerPrecision: number;
  /** Right speaker / gold quotes that have a speaker. */
  readonly speakerRecall: number;
  readonly wrongSpeakers: number;
}

/** Extraction and attribution quality on each fixture article (economy is the one the extractor was not built on). */
export function quoteQuality(): QuoteQualityRow[] {
  const gold = JSON.parse(
    readFileSync(new URL("../test/fixtures/quotes.gold.json", import.meta.url), "utf8"),
  ) as GoldQuote[];
  return (["seed", "fiction", "economy"] as const).map((name) => {
    const engine = createEngine([fixtureArticle(name)], TABLES);
    const ours = engine.quotes.quotes;
    const expected = gold.filter((g) => g.article === name);
    const find = (g: GoldQuote) =>
      ours.find((q) => q.text === g.text && q.sectionTitle === g.section && q.paragraph === g.paragraph);
    const recall = (kind: GoldQuote["kind"]) => {
      const of = expected.filter((g) => g.kind === kind);
      return of.filter((g) => find(g)).length / Math.max(1, of.length);
    };
    let attributed = 0;
    let right = 0;
    let wrong = 0;
    for (const g of expected) {
      const q = find(g);
      if (!q?.speaker) continue;
      attributed++;
      if (q.speaker === g.speaker) right++;
      else wrong++;
    }
    const withSpeaker = expected.filter((g) => g.speaker !== null).length;
    return {
      article: name,
      gold: expected.length,
      extracted: ours.length,
      directRecall: recall("direct"),
      indirectRecall: recall("indirect"),
      speakerPrecision: right / Math.max(1, attributed),
      speakerRecall: right / Math.max(1, withSpeaker),
      wrongSpeakers: wrong,
    };
  });
}
