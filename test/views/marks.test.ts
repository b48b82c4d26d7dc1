import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markText } from "../../src/views/marks.ts";

const PLAIN = { sentence: ["»", "«"], word: ["*", "*"], escape: (t: string) => t } as const;

describe("marking the best sentence and the matched words", () => {
  it("wraps the sentence and each word", () => {
    const text = "Er ging. Die Waffenruhe kam.";
    const marked = markText(text, { start: 9, end: 28 }, [{ start: 13, end: 23 }], PLAIN);
    expect(marked).toBe("Er ging. »Die *Waffenruhe* kam.«");
  });

  it("keeps the original text when the markers are removed", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "ä", " ", ".", "😀"), maxLength: 80 }),
        fc.array(fc.nat(80), { maxLength: 6 }),
        (text, cuts) => {
          const points = cuts.map((c) => Math.min(c, text.length)).sort((a, b) => a - b);
          const words = [];
          for (let i = 0; i + 1 < points.length; i += 2)
            words.push({ start: points[i] ?? 0, end: points[i + 1] ?? 0 });
          const marked = markText(text, undefined, words, { ...PLAIN, word: ["<", ">"] });
          return marked.replace(/[<>]/g, "") === text;
        },
      ),
    );
  });
});
