import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticleQuotes } from "../../src/quotes/extract.ts";
import type { Quote } from "../../src/quotes/quote.ts";
import { FIXTURES, type FixtureName, fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

interface GoldQuote {
  readonly article: FixtureName;
  readonly speaker: string | null;
  readonly kind: "direct" | "indirect";
  readonly text: string;
  readonly section: string;
  readonly paragraph: number;
}

const names: FixtureName[] = ["seed", "fiction"];
// The gold list also holds articles the test does not cover yet (economy: see `npm run bench`).
const gold: GoldQuote[] = (
  JSON.parse(readFileSync(new URL("quotes.gold.json", FIXTURES), "utf8")) as GoldQuote[]
).filter((g) => names.includes(g.article));
const extracted = new Map(names.map((n) => [n, extractArticleQuotes(fixtureArticle(n), TABLES).quotes]));

/** Where a gold quote stands in its paragraph. */
function goldSpan(g: GoldQuote): { start: number; end: number } | undefined {
  const article = fixtureArticle(g.article);
  const paragraph = article.sections.find((s) => s.title === g.section)?.paragraphs[g.paragraph - 1];
  const start = paragraph?.text.indexOf(g.text) ?? -1;
  return start < 0 ? undefined : { start, end: start + g.text.length };
}

/**
 * The extracted quotes that stand for a gold quote: same paragraph and kind, the same text, or
 * (when none has it) overlapping text.
 */
function matching(g: GoldQuote): Quote[] {
  const span = goldSpan(g);
  const overlapping = (extracted.get(g.article) ?? []).filter(
    (q) =>
      span &&
      q.sectionTitle === g.section &&
      q.paragraph === g.paragraph &&
      q.kind === g.kind &&
      q.start < span.end &&
      span.start < q.end,
  );
  const same = overlapping.filter((q) => q.text === g.text);
  return same.length > 0 ? same : overlapping;
}

describe("the gold quotes of the fixture articles", () => {
  it("lists quotes that stand verbatim in their paragraphs", () => {
    for (const g of gold) expect(goldSpan(g), g.text).toBeDefined();
  });

  it("finds every gold direct quote with exactly its text", () => {
    for (const g of gold.filter((x) => x.kind === "direct")) {
      expect(
        matching(g).map((q) => q.text),
        `${g.article} ${g.section}/${g.paragraph}`,
      ).toContain(g.text);
    }
  });

  it("gives no quote that matches a gold quote a wrong speaker (the gold speaker or none)", () => {
    for (const g of gold) {
      for (const q of matching(g)) expect([g.speaker, null], `${q.text} (${q.speaker})`).toContain(q.speaker);
    }
  });

  it("finds the indirect gold quotes with their exact text (recall ≥ 90 %)", () => {
    const indirect = gold.filter((x) => x.kind === "indirect");
    const found = indirect.filter((g) => matching(g).some((q) => q.text === g.text));
    expect(found.length / indirect.length).toBeGreaterThanOrEqual(0.9);
  });

  it("names the gold speaker for most quotes (speaker precision 100 %, recall ≥ 90 %)", () => {
    let attributed = 0;
    let right = 0;
    const withSpeaker = gold.filter((g) => g.speaker !== null);
    for (const g of gold) {
      const q = matching(g).find((x) => x.text === g.text) ?? matching(g)[0];
      if (!q?.speaker) continue;
      attributed++;
      if (q.speaker === g.speaker) right++;
    }
    const recall = withSpeaker.filter((g) => matching(g).some((q) => q.speaker === g.speaker)).length;
    expect(right).toBe(attributed);
    expect(recall / withSpeaker.length).toBeGreaterThanOrEqual(0.9);
  });

  it("extracts few quotes the gold list does not have", () => {
    const all = names.flatMap((n) => extracted.get(n) ?? []);
    const extra = all.filter(
      (q) =>
        !gold.some((g) => {
          const span = goldSpan(g);
          return (
            span &&
            g.section === q.sectionTitle &&
            g.paragraph === q.paragraph &&
            q.start < span.end &&
            span.start < q.end
          );
        }),
    );
    expect(extra.map((q) => q.text)).toEqual([]);
  });
});
