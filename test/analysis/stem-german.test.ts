import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/analysis/normalize.ts";
import { stemGerman } from "../../src/analysis/stem-german.ts";

const stem = (w: string) => stemGerman(foldWord(w));

describe("the German stemmer (CISTEM)", () => {
  it.each([
    ["Gebiet", "Gebiete"],
    ["Garantie", "Garantien"],
    ["Forderung", "Forderungen"],
    ["Verhandlung", "Verhandlungen"],
    ["Europäer", "Europäern"],
    ["Treffen", "Treffens"],
    ["russisch", "russischen"],
    ["Waffenruhe", "Waffenruhen"],
  ])("gives %s and %s the same stem", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ["Krieg", "Kriege"],
    ["Frieden", "Friede"],
  ])("keeps short words recognisable (%s)", (a, b) => {
    expect(stem(a).length).toBeGreaterThanOrEqual(3);
    expect(stem(a)).toBe(stem(b));
  });

  it("does not merge unrelated words through a ge- prefix", () => {
    expect(stem("Gebiet")).not.toBe(stem("bieten"));
  });

  it("leaves words of three letters alone", () => {
    expect(stem("USA")).toBe("usa");
    expect(stem("Öl")).toBe("ol");
  });
});
