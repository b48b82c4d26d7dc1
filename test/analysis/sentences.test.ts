import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analysis/sentences.ts";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitting German text into sentences", () => {
  it("splits at full stops, question and exclamation marks", () => {
    expect(sentencesOf("Das lehnt Kiew ab. Was nun? Nein! Gut.")).toEqual([
      "Das lehnt Kiew ab.",
      "Was nun?",
      "Nein!",
      "Gut.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(sentencesOf('"Das wird wichtig sein." Er ging. „Ja.“ Sie blieb.')).toEqual([
      '"Das wird wichtig sein."',
      "Er ging.",
      "„Ja.“",
      "Sie blieb.",
    ]);
  });

  it("does not split after abbreviations or ordinals", () => {
    expect(sentencesOf("Am 15. August kam z. B. Dr. Meier an. Dann ging er.")).toEqual([
      "Am 15. August kam z. B. Dr. Meier an.",
      "Dann ging er.",
    ]);
  });

  it("ends a sentence after a year", () => {
    expect(sentencesOf("Seit Februar 2022. Dann kam mehr.")).toEqual([
      "Seit Februar 2022.",
      "Dann kam mehr.",
    ]);
  });

  it("does not split when the next word is lower case", () => {
    expect(sentencesOf("Er sagte etc. und ging. weiter so.")).toEqual(["Er sagte etc. und ging. weiter so."]);
  });

  it("covers any text with ordered, non-overlapping spans", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        let previous = 0;
        for (const span of splitSentences(text)) {
          if (span.start < previous || span.end <= span.start || span.end > text.length) return false;
          previous = span.end;
        }
        return true;
      }),
    );
  });
});
