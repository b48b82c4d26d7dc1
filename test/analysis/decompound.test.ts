import { describe, expect, it } from "vitest";
import { createDecompounder } from "../../src/analysis/decompound.ts";

const dictionary = new Set([
  "gebiet",
  "abtretungen",
  "sicherheit",
  "garantien",
  "waffen",
  "ruhe",
  "teil",
  "frieden",
  "nobelpreis",
  "nobel",
  "preis",
  "atom",
  "vertrag",
  "kanzler",
  "bund",
  "gipfel",
  "erklarung",
  "klarung",
]);
const split = createDecompounder((w) => dictionary.has(w));

describe("decompounding German words against a dictionary", () => {
  it("splits at a linking s (Fugen-s)", () => {
    expect(split("gebietsabtretungen")).toEqual(["gebiet", "abtretungen"]);
    expect(split("sicherheitsgarantien")).toEqual(["sicherheit", "garantien"]);
  });

  it("splits at a linking es", () => {
    expect(split("bundeskanzler")).toEqual(["bund", "kanzler"]);
  });

  it("keeps both readings when a linking element may be the tail's first letters", () => {
    // gipfel·er|klarung (Klärung) and gipfel|erklarung (Erklärung): the query decides.
    expect(split("gipfelerklarung")).toEqual(expect.arrayContaining(["gipfel", "erklarung", "klarung"]));
  });

  it("splits recursively and keeps every part", () => {
    expect(split("teilwaffenruhe")).toEqual(expect.arrayContaining(["teil", "waffen", "ruhe"]));
    expect(split("friedensnobelpreis")).toEqual(
      expect.arrayContaining(["frieden", "nobelpreis", "nobel", "preis"]),
    );
  });

  it("takes a head that is itself a compound of known words", () => {
    expect(split("atomwaffenvertrag")).toEqual(["atomwaffen", "atom", "waffen", "vertrag"]);
  });

  it("strips the longest linking element that leaves a known word (frieden·s, not friede·ns)", () => {
    expect(split("friedensnobelpreis")[0]).toBe("frieden");
  });

  it("leaves words with an unknown part whole", () => {
    expect(split("verhandlungen")).toEqual([]);
    expect(split("interesse")).toEqual([]);
  });

  it("never splits off parts shorter than four letters", () => {
    expect(split("ruheteil")).toEqual(["ruhe", "teil"]);
    expect(split("abcruhe")).toEqual([]);
  });
});
