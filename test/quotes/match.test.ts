import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { colognePhonetic, editDistance, matchSpeaker, withinTwoEdits } from "../../src/quotes/match.ts";
import type { Speaker } from "../../src/quotes/quote.ts";
import { TABLES } from "../support/tables.ts";

function speaker(name: string, forms: string[], english: string[] = []): Speaker {
  return {
    id: `a#${name}`,
    articleId: "a",
    name,
    kind: "person",
    roles: [],
    forms: [name, ...forms],
    english,
  };
}

const speakers = [
  speaker("Friedrich Merz", ["Merz", "Bundeskanzler"], ["chancellor"]),
  speaker("Wolodymyr Selenskyj", ["Selenskyj", "der ukrainische Präsident"], ["Ukrainian president"]),
  speaker("Sabine Müller", ["Müller", "Bürgermeisterin"], ["mayor"]),
];
const find = (query: string) => matchSpeaker(speakers, query, TABLES)?.name;

describe("matching a query to a speaker", () => {
  it("measures edit distance with transpositions", () => {
    expect(editDistance("trump", "trum")).toBe(1);
    expect(editDistance("merz", "mrez")).toBe(1);
    expect(editDistance("merz", "merts")).toBe(2);
  });

  it("tells edit distances up to two exactly, and anything further as three, in a band", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "e", "r", "m", "z", " "), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinTwoEdits(a, b)).toBe(Math.min(editDistance(a, b, 2), 3));
      }),
      { numRuns: 20_000 },
    );
  });

  it("gives German spellings that sound alike one phonetic code", () => {
    expect(colognePhonetic("merts")).toBe(colognePhonetic("merz"));
    expect(colognePhonetic("zelensky")).toBe(colognePhonetic("selenskyj"));
    expect(colognePhonetic("weber")).not.toBe(colognePhonetic("deal"));
  });

  it("finds a speaker by any form, in either language", () => {
    expect(find("Merz")).toBe("Friedrich Merz");
    expect(find("Bundeskanzler")).toBe("Friedrich Merz");
    expect(find("the chancellor")).toBe("Friedrich Merz");
    expect(find("Mueller")).toBe("Sabine Müller");
    expect(find("mayor")).toBe("Sabine Müller");
  });

  it("finds a speaker through the glossary and despite typos", () => {
    expect(find("Zelensky")).toBe("Wolodymyr Selenskyj");
    expect(find("Selensky")).toBe("Wolodymyr Selenskyj");
    expect(find("Merts")).toBe("Friedrich Merz");
  });

  it("keeps the words beyond the speaker as a topic", () => {
    expect(matchSpeaker(speakers, "Merz Waffenruhe", TABLES)?.rest).toEqual(["waffenruhe"]);
  });

  it("names nobody for a topic, an empty query or a query that fits two people equally", () => {
    expect(find("Waffenruhe")).toBeUndefined();
    expect(find("")).toBeUndefined();
    expect(find("Merz Müller")).toBeUndefined();
  });
});
