import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsAnswer } from "../../src/analysis/answer-evidence.ts";

describe("what kind of answer a sentence holds", () => {
  it.each([
    "Die Abstimmung ist am Dienstagabend.",
    "Der Vertrag lief Ende Juni aus.",
    "Das Werk wurde 1923 eröffnet.",
    "Die Sitzung beginnt um 16.15 Uhr.",
    "Seit drei Wochen regnet es.",
    "Das war vergangene Woche.",
  ])("a time: %s", (sentence) => {
    expect(holdsAnswer("time", sentence)).toBe(true);
  });

  it("no time in a sentence without one, though it has a number", () => {
    expect(holdsAnswer("time", "Der Damm hat zwei Risse.")).toBe(false);
    expect(holdsAnswer("time", "Die Montage der Anlage dauert.")).toBe(false);
  });

  it.each(["Rund 2,4 Millionen Kubikmeter.", "Drei Helfer wurden verletzt.", "Die Hälfte der Betriebe."])(
    "an amount: %s",
    (sentence) => {
      expect(holdsAnswer("amount", sentence)).toBe(true);
    },
  );

  it("a reason by its connective, someone's words by quotation marks", () => {
    expect(holdsAnswer("reason", "Gebaut wurde nichts, weil Eigentümer klagten.")).toBe(true);
    expect(holdsAnswer("reason", "Gebaut wurde nichts.")).toBe(false);
    expect(holdsAnswer("statement", "„Wir geben nicht auf“, sagte sie.")).toBe(true);
    expect(holdsAnswer("statement", "Sie sprach von einer Katastrophe.")).toBe(false);
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        for (const type of ["time", "amount", "reason", "statement"] as const) holdsAnswer(type, text);
      }),
    );
  });
});
