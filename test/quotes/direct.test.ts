import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/quotes/direct.ts";
import { modelParagraph } from "../../src/quotes/tokens.ts";
import { TABLES } from "../support/tables.ts";

const inner = (text: string) => findQuoteSpans(text).map((s) => [text.slice(s.start, s.end), s.depth]);
const speech = (text: string) => {
  const m = modelParagraph(text, TABLES.lexicon);
  return m.spans.filter((_, i) => m.speech[i]).map((s) => text.slice(s.start, s.end));
};

describe("finding quotation marks", () => {
  it('pairs German „…“, straight "…", »…« and Swiss «…» quotes', () => {
    expect(inner('„Eins“ und "zwei" und »drei« und «vier».')).toEqual([
      ["Eins", 0],
      ["zwei", 0],
      ["drei", 0],
      ["vier", 0],
    ]);
  });

  it("finds ‚…‘ nested inside another quote", () => {
    expect(inner("„Er hat uns ‚volle Transparenz‘ versprochen“, sagte sie.")).toEqual([
      ["Er hat uns ‚volle Transparenz‘ versprochen", 0],
      ["volle Transparenz", 1],
    ]);
  });

  it("tells opening from closing straight quotes by the characters around them", () => {
    expect(inner('Er sprach von "Gebietstausch" und "Frieden".')).toEqual([
      ["Gebietstausch", 0],
      ["Frieden", 0],
    ]);
  });

  it("reads ‘ and ’ inside a word as apostrophes", () => {
    expect(inner("Geht‘s noch? Das ist Andreas’ Sache, sagte er.")).toEqual([]);
    expect(inner("„Wie geht‘s?“, fragte sie.")).toEqual([["Wie geht‘s?", 0]]);
  });

  it("drops a quotation that is never closed", () => {
    expect(inner("„Das bleibt offen, sagte er.")).toEqual([]);
  });

  it("keeps the punctuation inside the marks as part of the quote", () => {
    expect(inner("»Abends sitzen, das ist vorbei.«")).toEqual([["Abends sitzen, das ist vorbei.", 0]]);
  });
});

describe("telling speech from quoted names", () => {
  it("takes a quoted name after a noun like Initiative or Verein for a name", () => {
    expect(speech("Sie gründete die Bürgerinitiative „Gegenwind Ellertal“.")).toEqual([]);
    expect(speech("Der Verein „Freunde des Waldes“ sammelt Spenden.")).toEqual([]);
  });

  it("takes a term after sogenannt for a term", () => {
    expect(speech("Die sogenannte „Zeitenwende“ hat begonnen.")).toEqual([]);
  });

  it("takes a short capitalised span without a reporting verb for a name", () => {
    expect(speech("Das Schiff „Blauer Wal“ liegt im Hafen.")).toEqual([]);
  });

  it("takes a capitalised word with a reporting verb nearby for speech", () => {
    expect(speech('Trump hatte mehrmals von einem "Gebietstausch" gesprochen.')).toEqual(["Gebietstausch"]);
  });

  it("takes a lower-case fragment after a title noun for speech", () => {
    expect(speech("Er warf ihr vor, das Projekt „im Eiltempo durchgedrückt“ zu haben.")).toEqual([
      "im Eiltempo durchgedrückt",
    ]);
  });
});
