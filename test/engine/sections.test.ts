import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = createEngine([fixtureArticle("seed")], TABLES);
const titleOf = (name: string) => seed.section(name).match?.section.title ?? null;

describe("the table of contents", () => {
  it("lists the lead and every heading, numbered from 1, without the caption", () => {
    expect(seed.sections().map((e) => `${e.number}. ${e.section.title}`)).toEqual([
      "1. Einleitung",
      "2. Sorge vor Gebietsabtretungen",
      "3. Europäer wollen erst Waffenruhe",
      "4. Treffen als Vorstufe?",
      "5. Atomwaffenvertrag als Moskauer Lockmittel",
      "6. Wie geht es nach Alaska weiter?",
    ]);
  });
});

describe("GIVEN a section name WHEN /section is asked THEN the section a person means is returned", () => {
  it.each([
    ["Europeans", "Europäer wollen erst Waffenruhe"],
    ["Europäer wollen erst Waffenruhe", "Europäer wollen erst Waffenruhe"],
    ["europaer", "Europäer wollen erst Waffenruhe"],
    ["territory", "Sorge vor Gebietsabtretungen"],
    ["nuclear treaty", "Atomwaffenvertrag als Moskauer Lockmittel"],
    ["Vorstufe", "Treffen als Vorstufe?"],
    ["2", "Sorge vor Gebietsabtretungen"],
    ["1", "Einleitung"],
    ["intro", "Einleitung"],
    ["Einführung", "Einleitung"],
    ["photo", "Foto"],
  ])("%s → %s", (name, title) => {
    expect(titleOf(name)).toBe(title);
  });

  it("falls back to a word of the text when no heading matches", () => {
    expect(titleOf("Friedensnobelpreis")).toBe("Wie geht es nach Alaska weiter?");
  });

  it("lets the text decide when a heading matches only through a part of a synonym", () => {
    // `Wetteraussichten` reaches `Wochenende`, whose part `end` is a part of `fehlenden` too.
    const disaster = createEngine([fixtureArticle("disaster")], TABLES);
    expect(disaster.section("Wetteraussichten").match?.section.title).toBe("Wie lange regnet es noch?");
  });

  it("offers the other candidates", () => {
    const result = seed.section("Waffenruhe");
    expect(result.match?.section.title).toBe("Europäer wollen erst Waffenruhe");
    expect(result.alternatives.length).toBeGreaterThan(0);
  });

  it("answers an unknown number with no match and the table of contents", () => {
    const result = seed.section("42");
    expect(result.match).toBeNull();
    expect(result.alternatives).toHaveLength(6);
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        (q) => typeof seed.section(q).query === "string",
      ),
    );
  });
});
