import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncateWords } from "../../src/views/truncate.ts";

describe("truncating text for Discord's limits", () => {
  it("leaves short text alone", () => {
    expect(truncateWords("Europäer wollen erst Waffenruhe", 100)).toBe("Europäer wollen erst Waffenruhe");
  });

  it("cuts at a word boundary and marks the cut", () => {
    expect(truncateWords("Europäer wollen erst Waffenruhe", 20)).toBe("Europäer wollen…");
  });

  it("never exceeds the limit nor leaves half a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.integer({ min: 1, max: 120 }),
        (text, max) => {
          const cut = truncateWords(text, max);
          return cut.length <= max && !/[\uD800-\uDBFF]…?$/.test(cut);
        },
      ),
    );
  });
});
