import { describe, expect, it } from "vitest";
import { swaps } from "../../src/analysis/typos.ts";

describe("swaps", () => {
  it("lists each swap of two different neighbouring letters", () => {
    expect(swaps("abc")).toEqual(["bac", "acb"]);
    expect(swaps("aab")).toEqual(["aba"]);
    expect(swaps("a")).toEqual([]);
  });
});
