import { describe, expect, it } from "vitest";
import { WordGroups } from "../../src/analysis/word-groups.ts";

describe("groups of words of one sense", () => {
  const groups = new WordGroups((w) => w.toLowerCase());
  groups.add(["Waffenruhe", "Waffenstillstand", "Feuerpause"]);
  groups.add(["Feuerpause", "Kampfpause"]);

  it("gives a word's siblings from every group it stands in, each once, without the word itself", () => {
    expect(groups.siblings("feuerpause")).toEqual(["Waffenruhe", "Waffenstillstand", "Kampfpause"]);
  });

  it("gives nothing for a word in no group", () => {
    expect(groups.siblings("gipfel")).toEqual([]);
  });
});
