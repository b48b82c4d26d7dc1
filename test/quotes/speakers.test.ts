import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticleQuotes } from "../../src/quotes/extract.ts";
import { matchSpeaker } from "../../src/quotes/match.ts";
import { FIXTURES, type FixtureName, fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";
import { quotesOf } from "./helpers.ts";

interface GoldSpeaker {
  readonly article: FixtureName;
  readonly name: string;
  readonly forms: readonly string[];
  readonly english: readonly string[];
}

const gold: GoldSpeaker[] = JSON.parse(readFileSync(new URL("speakers.gold.json", FIXTURES), "utf8"));
const names: FixtureName[] = ["seed", "fiction"];
const extracted = new Map(names.map((n) => [n, extractArticleQuotes(fixtureArticle(n), TABLES)]));

// English forms the text gives no clue to (Weber is a council member; "the state" for a state ministry).
const UNDERIVABLE = new Set(["council member", "the state"]);

describe("the speaker registry of the fixture articles", () => {
  it("lists every gold speaker under the fullest name the article gives", () => {
    for (const g of gold) {
      expect(extracted.get(g.article)?.speakers.map((s) => s.name)).toContain(g.name);
    }
  });

  it("lists no speaker the gold list does not have", () => {
    for (const n of names) {
      const expected = gold.filter((g) => g.article === n).map((g) => g.name);
      expect(
        extracted
          .get(n)
          ?.speakers.map((s) => s.name)
          .sort(),
      ).toEqual([...expected].sort());
    }
  });

  it("knows every form the article uses for a speaker", () => {
    for (const g of gold) {
      const speaker = extracted.get(g.article)?.speakers.find((s) => s.name === g.name);
      const forms = (speaker?.forms ?? []).map((f) => f.toLowerCase());
      for (const f of g.forms) expect(forms, `${g.name}: ${f}`).toContain(f.toLowerCase());
    }
  });

  it("finds the speaker from every gold form, German or English", () => {
    for (const g of gold) {
      const result = extracted.get(g.article);
      const speakers = result?.speakers ?? [];
      const quoted = new Set((result?.quotes ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])));
      for (const form of [...g.forms, ...g.english].filter((f) => !UNDERIVABLE.has(f))) {
        expect(matchSpeaker(speakers, form, TABLES, new Map(), quoted)?.name, form).toBe(g.name);
      }
    }
  });

  it("ties roles to people through appositions, never by a name written in the code", () => {
    const [quote] = quotesOf(
      "Kremlchef Igor Petrow empfing US-Präsident Tom Hale.",
      "Ein Kriegsende, sagte der Kremlchef, sei möglich. „Wir reden“, sagte der US-Präsident.",
    );
    expect(quote).toEqual(["indirect", "Igor Petrow", "Ein Kriegsende, sagte der Kremlchef, sei möglich"]);
  });
});
