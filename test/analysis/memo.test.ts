import { describe, expect, it } from "vitest";
import { memoizeWord } from "../../src/analysis/memo.ts";

describe("memoizing word functions", () => {
  it("computes each word once", () => {
    let calls = 0;
    const upper = memoizeWord((w) => {
      calls++;
      return w.toUpperCase();
    });
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toBe(2);
  });

  it("empties itself at its limit instead of growing, and still answers right", () => {
    let calls = 0;
    const length = memoizeWord((w) => {
      calls++;
      return w.length;
    }, 2);
    expect([length("a"), length("bb"), length("ccc"), length("a")]).toEqual([1, 2, 3, 1]);
    expect(calls).toBe(4);
  });
});
