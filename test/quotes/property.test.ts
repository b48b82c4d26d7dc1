import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticleQuotes } from "../../src/quotes/extract.ts";
import { TABLES } from "../support/tables.ts";
import { articleOf } from "./helpers.ts";

// Pieces of German news text: quotation marks, reporting words, names, roles, punctuation.
const piece = fc.constantFrom(
  "„",
  "“",
  "”",
  '"',
  "»",
  "«",
  "‚",
  "‘",
  "’",
  "›",
  "‹",
  "'",
  ",",
  ".",
  ":",
  "!",
  "?",
  "(",
  ")",
  " - ",
  " ",
  "sagte",
  "sagte er",
  "sagte sie",
  "so",
  "laut",
  "nach Angaben des",
  "hieß es",
  "zufolge",
  "dass",
  "sei",
  "werde",
  "könnte",
  "betonte",
  "teilte",
  "mit",
  "nicht",
  "Trump",
  "Donald",
  "Müller",
  "Sabine",
  "(CDU)",
  "der",
  "die",
  "US-Präsident",
  "Kremlchef",
  "Bürgermeisterin",
  "Sprecher",
  "des",
  "Unternehmens",
  "Ministerium",
  "Kreml",
  "Washington",
  "aus",
  "Sicht",
  "US-Seite",
  "Die 67-Jährige",
  "jemand",
  "man",
  "wir",
);
const germanish = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(
  germanish,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

describe("extracting quotes from any text", () => {
  it("never throws, and every quote is a verbatim substring at its offsets", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const { quotes } = extractArticleQuotes(articleOf(...paragraphs), TABLES);
        for (const q of quotes) {
          const paragraph = paragraphs[q.paragraph - 1] ?? "";
          expect(paragraph.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
          expect(paragraph).toContain(q.context);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("copes with a long paragraph full of quotation marks in reasonable time", () => {
    const paragraph = `${'„Ja“, sagte er. "Nein", so sie. »Doch« '.repeat(400)}`;
    const started = Date.now();
    const { quotes } = extractArticleQuotes(articleOf(paragraph), TABLES);
    expect(quotes.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
