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

  it.each([
    "Die Bürgermeisterin Anna Beispiel (54) trat zurück.",
    "Der 61-Jährige blieb.",
    "ein 42 Jahre alter Mann",
  ])("an age: %s", (sentence) => {
    expect(holdsAnswer("age", sentence)).toBe(true);
  });

  it("no age in a figure that is not one, nor in a year", () => {
    expect(holdsAnswer("age", "Die Brücke ist 120 Meter lang.")).toBe(false);
    expect(holdsAnswer("age", "Sie wurde 1961 gebaut.")).toBe(false);
  });

  it.each([
    "Die Sperrung dauert drei Wochen.",
    "Sie streiken seit Jahren.",
    "Das ging wochenlang so.",
    "Nach der siebenstündigen Sitzung.",
    "Gesperrt bleibt sie bis Ende Mai.",
  ])("a length of time, or its end: %s", (sentence) => {
    expect(holdsAnswer("duration", sentence)).toBe(true);
  });

  it("no length of time in a day's name, a season or a parliament", () => {
    expect(holdsAnswer("duration", "Am Dienstag tagt der Landtag.")).toBe(false);
    expect(holdsAnswer("duration", "Im Frühjahr wird gebaut.")).toBe(false);
    expect(holdsAnswer("duration", "Im Jahr 2025 wurde gebaut.")).toBe(false);
  });

  it("a reason by its connective, someone's words by quotation marks", () => {
    expect(holdsAnswer("reason", "Gebaut wurde nichts, weil Eigentümer klagten.")).toBe(true);
    expect(holdsAnswer("reason", "Gebaut wurde nichts.")).toBe(false);
    expect(holdsAnswer("statement", "„Wir geben nicht auf“, sagte sie.")).toBe(true);
    expect(holdsAnswer("statement", "Sie sprach von einer Katastrophe.")).toBe(false);
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        for (const type of ["time", "age", "duration", "amount", "reason", "statement"] as const)
          holdsAnswer(type, text);
      }),
    );
  });
});
