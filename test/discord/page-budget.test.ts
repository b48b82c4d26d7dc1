/** The page store's cap: by count and by bytes, the oldest page sets given up first. */
import { describe, expect, it } from "vitest";
import { approximateBytes, keysToEvict } from "../../src/discord/page-budget.ts";

describe("keysToEvict", () => {
  it("gives up nothing while the sets fit", () => {
    expect(
      keysToEvict(
        [
          ["a", 10],
          ["b", 10],
        ],
        10,
        { maxCount: 3, maxBytes: 100 },
      ),
    ).toEqual([]);
  });

  it("gives up the oldest sets when one more would pass the count", () => {
    expect(
      keysToEvict(
        [
          ["a", 1],
          ["b", 1],
          ["c", 1],
        ],
        1,
        { maxCount: 2, maxBytes: 100 },
      ),
    ).toEqual(["a", "b"]);
  });

  it("gives up the oldest sets until the new one fits the bytes", () => {
    expect(
      keysToEvict(
        [
          ["a", 40],
          ["b", 40],
          ["c", 10],
        ],
        30,
        { maxCount: 10, maxBytes: 100 },
      ),
    ).toEqual(["a"]);
  });

  it("gives up everything for a set larger than the whole budget (the store may then refuse it)", () => {
    expect(keysToEvict([["a", 1]], 500, { maxCount: 10, maxBytes: 100 })).toEqual(["a"]);
  });
});

describe("approximateBytes", () => {
  it("counts two bytes a character of the JSON", () => {
    expect(approximateBytes({ content: "abc" })).toBe(2 * '{"content":"abc"}'.length);
  });
});
