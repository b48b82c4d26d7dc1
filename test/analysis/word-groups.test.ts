import { describe, expect, it } from "vitest";
import { WordGroups } from "../../src/analysis/word-groups.ts";

const lower = (w: string) => w.toLowerCase();

describe("groups of words of one sense", () => {
  const groups = new WordGroups(lower);
  groups.add(["Waffenruhe", "Waffenstillstand", "Feuerpause"]);
  groups.add(["Feuerpause", "Kampfpause"]);

  it("gives a word's siblings from every group it stands in, each once, without the word itself", () => {
    expect(groups.siblings("feuerpause")).toEqual(["Waffenruhe", "Waffenstillstand", "Kampfpause"]);
  });

  it("gives a group added after a look-up in the next look-up", () => {
    const fresh = new WordGroups(lower);
    fresh.add(["Feuerpause", "Kampfpause"]);
    expect(fresh.siblings("kampfpause")).toEqual(["Feuerpause"]);
    fresh.add(["Kampfpause", "Atempause"]);
    expect(fresh.siblings("kampfpause")).toEqual(["Feuerpause", "Atempause"]);
  });

  it("gives nothing for a word in no group", () => {
    expect(groups.siblings("gipfel")).toEqual([]);
  });

  it("lists every word of every group in the order added", () => {
    expect([...groups.words()]).toEqual([
      "Waffenruhe",
      "Waffenstillstand",
      "Feuerpause",
      "Feuerpause",
      "Kampfpause",
    ]);
  });
});

describe("word groups restored from a snapshot", () => {
  const built = new WordGroups(lower);
  built.add(["Waffenruhe", "Waffenstillstand", "Feuerpause"]);
  built.add(["Feuerpause", "Kampfpause"]);
  built.add(["Gipfel", "Treffen", "gipfel"]);
  // Through JSON, as the engine cache keeps it.
  const snapshot = JSON.parse(JSON.stringify(built.snapshot()));
  const restored = new WordGroups(lower, snapshot);

  it("give every key the same siblings, in the same order", () => {
    for (const word of [...built.words(), "unbekannt"])
      expect(restored.siblings(lower(word))).toEqual(built.siblings(lower(word)));
  });

  it("make the same snapshot again", () => {
    expect(restored.snapshot()).toEqual(built.snapshot());
  });

  it("take new groups without changing the snapshot they were restored from", () => {
    const before = structuredClone(snapshot);
    const grown = new WordGroups(lower, snapshot);
    grown.add(["Kampfpause", "Atempause"]);
    expect(grown.siblings("kampfpause")).toEqual(["Feuerpause", "Atempause"]);
    expect(snapshot).toEqual(before);
  });
});
