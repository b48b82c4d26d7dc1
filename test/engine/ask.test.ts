import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { articleOf } from "../quotes/helpers.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = createEngine([fixtureArticle("seed")], TABLES);
const fiction = createEngine([fixtureArticle("fiction")], TABLES);
const both = createEngine([fixtureArticle("seed"), fixtureArticle("fiction")], TABLES);

const top = (engine: typeof seed, question: string) => {
  const [first] = engine.ask(question).results;
  return first ? `${first.passage.sectionTitle} ¶${first.passage.paragraph}` : "nothing";
};
const topSection = (engine: typeof seed, question: string) =>
  engine.ask(question).results[0]?.passage.sectionTitle;

describe("GIVEN the German seed article WHEN a reader asks in English", () => {
  it("finds the Europeans' demands for 'Europeans'", () => {
    expect(topSection(seed, "What do the Europeans want first?")).toBe("Europäer wollen erst Waffenruhe");
  });

  it("finds the security guarantees", () => {
    expect(top(seed, "security guarantees for Ukraine")).toBe("Europäer wollen erst Waffenruhe ¶2");
  });

  it("tolerates typos (ceasfire, Selensky)", () => {
    expect(seed.ask("ceasfire").results.some((r) => /Waffenruhe/.test(r.passage.text))).toBe(true);
    expect(seed.ask("Selensky").results[0]?.passage.text).toMatch(/Selenskyj/);
  });

  it("takes two swapped letters for a typo, in English and in the article's words", () => {
    // A swap is two edits to plain edit distance, more than a short word's typo tolerance allows.
    expect(top(seed, "gaurantees")).toBe("Europäer wollen erst Waffenruhe ¶2");
    expect(seed.ask("Zelenksy").results[0]?.passage.text).toMatch(/Selenskyj/);
    expect(seed.ask("Kerml").results[0]?.passage.text).toMatch(/Kreml/);
  });

  it("understands English name variants (Zelensky, Kyiv, Donetsk, Kremlin)", () => {
    expect(seed.ask("Zelensky").results[0]?.passage.text).toMatch(/Selenskyj/);
    expect(top(seed, "Kyiv")).toBe("Sorge vor Gebietsabtretungen ¶1");
    expect(top(seed, "Donetsk")).toBe("Sorge vor Gebietsabtretungen ¶2");
    expect(seed.ask("Kremlin").results[0]?.passage.text).toMatch(/Kreml/);
  });
});

describe("GIVEN the German seed article WHEN a reader asks in German", () => {
  it("finds a compound by its part (Gebiet → Gebietsabtretungen)", () => {
    expect(seed.ask("Gebiet").results.map((r) => r.passage.sectionTitle)).toContain(
      "Sorge vor Gebietsabtretungen",
    );
  });

  it("finds a compound by its head (Garantien → Sicherheitsgarantien)", () => {
    expect(top(seed, "Garantien")).toBe("Europäer wollen erst Waffenruhe ¶2");
  });

  it("folds umlauts and their spellings (Europaer, Europäer)", () => {
    expect(top(seed, "Europaer Waffenruhe")).toBe(top(seed, "Europäer Waffenruhe"));
  });

  it("finds the photo caption as its own passage", () => {
    expect(top(seed, "Foto Archivfoto")).toBe("Foto ¶1");
  });
});

describe("explaining an answer", () => {
  const [result] = seed.ask("Friedensnobelpreis").results;

  it("marks the sentence that answers the question", () => {
    expect(result?.passage.text.slice(result.bestSentence.start, result.bestSentence.end)).toBe(
      "Er will den Friedensnobelpreis bekommen.",
    );
  });

  it("highlights the matched words", () => {
    expect(result?.highlights.map((h) => result.passage.text.slice(h.start, h.end))).toEqual([
      "Friedensnobelpreis",
    ]);
  });
});

describe("several articles", () => {
  it("answers from the article the question is about", () => {
    expect(both.ask("Windpark Gemeinderat").results[0]?.article.id).toBe(fixtureArticle("fiction").id);
    expect(both.ask("Putin Alaska").results[0]?.article.id).toBe(fixtureArticle("seed").id);
  });

  it("can be restricted to one article", () => {
    const id = fixtureArticle("fiction").id;
    expect(both.ask("Putin", { articleId: id }).results.every((r) => r.article.id === id)).toBe(true);
  });

  it("works on an article it was not built on (rail strike): English words find German compounds", () => {
    const economy = createEngine([fixtureArticle("economy")], TABLES);
    expect(topSection(economy, "how much does the strike cost")).toBe("Wie teuer wird der Streik?");
    expect(topSection(economy, "Notfahrplan")).toBe("Notfahrplan mit großen Lücken");
  });

  it("works on the fictional article with typographic quotes", () => {
    expect(topSection(fiction, "Bürgerentscheid")).toBe("Kommt jetzt der Bürgerentscheid?");
  });
});

describe("bad input", () => {
  it("marks an empty or whitespace question as empty instead of searching", () => {
    expect(seed.ask("   \n\t").empty).toBe(true);
    expect(seed.ask("?!").empty).toBe(true);
    expect(seed.ask("what is the").empty).toBe(true);
  });

  it("never throws, whatever the string (10k characters, controls, emoji, RTL, lone surrogates)", () => {
    const nasty = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.constantFrom(
        "\u202Eabc\u202C",
        "\uD800",
        "a\uDC00b",
        "(.*)+[",
        "\\",
        "🇺🇦 Ukraine 💥",
        "\u0000\u0007",
        "x".repeat(10_000),
      ),
    );
    fc.assert(
      fc.property(nasty, (q) => {
        const result = seed.ask(q);
        return Array.isArray(result.results) && result.results.length <= 5;
      }),
      { numRuns: 300 },
    );
  });
});

describe("GIVEN a question WHEN the bot marks the sentence that answers it", () => {
  const disaster = createEngine([fixtureArticle("disaster")], TABLES);
  const marked = (engine: typeof seed, question: string) => {
    const [first] = engine.ask(question).results;
    return first ? first.passage.text.slice(first.bestSentence.start, first.bestSentence.end) : "";
  };

  it("marks the sentence the ranking counted, one of the passage's own sentences", () => {
    for (const q of [
      "Was fordern die Europäer?",
      "security guarantees",
      "Wann treffen sich Trump und Putin?",
    ]) {
      const [first] = seed.ask(q).results;
      expect(first?.passage.sentences).toContainEqual(first?.bestSentence);
    }
  });

  it("marks the sentence after one that only restates the question, when it refers back to it", () => {
    const harbour = createEngine(
      [
        articleOf(
          "Im Hafen von Nordhavn liegen drei Fähren. Der Hafenmeister wies die Kritik zurück. Alle Reedereien seien seit Monaten über die Liegeplätze informiert gewesen.",
          "Die Reedereien verlangen neue Liegeplätze.",
        ),
      ],
      TABLES,
    );
    expect(marked(harbour, "Wie wies der Hafenmeister die Kritik zurück?")).toMatch(/^Alle Reedereien seien/);
  });

  it("takes a demonstrative standing for a noun (`Das lehnt … ab`) for a sentence that refers back", () => {
    const ferry = createEngine(
      [
        articleOf(
          "Nordhavn will die Fähre einstellen. Das lehnt Sundby strikt ab.",
          "Der Fährbetrieb kostet jährlich zwei Millionen Euro.",
        ),
      ],
      TABLES,
    );
    expect(marked(ferry, "Was sagt Sundby dazu, dass Nordhavn die Fähre einstellen will?")).toMatch(
      /^Das lehnt/,
    );
  });

  it("prefers, for a `when` question, a sentence that holds a time", () => {
    expect(marked(disaster, "Seit wann wird der Feuerwehrmann vermisst?")).toMatch(/Montag/);
  });
});

describe("GIVEN a question the article does not answer", () => {
  it("says so for `how old` when no passage near the question gives an age, and answers when one does", () => {
    const harbour = (text: string) => createEngine([articleOf(text, "Die Fähre fährt jeden Tag.")], TABLES);
    expect(
      harbour("Hafenmeisterin Jo Beispiel leitet den Hafen seit 2019.").ask("Wie alt ist die Hafenmeisterin?")
        .answered,
    ).toBe(false);
    expect(
      harbour("Hafenmeisterin Jo Beispiel (54) leitet den Hafen seit 2019.").ask(
        "How old is the harbour master?",
      ).answered,
    ).toBe(true);
  });

  it("says so when a word that makes the question specific is not in the article", () => {
    const answer = seed.ask("Wie alt ist Putin?");
    expect(answer.answered).toBe(false);
    // The closest passages still come, as related ones.
    expect(answer.results.length).toBeGreaterThan(0);
  });

  it("says so when it asks for an amount or a time no passage near the question holds", () => {
    expect(seed.ask("Wie viele Einwohner hat Anchorage?").answered).toBe(false);
    expect(seed.ask("Wann wurde Putin geboren?").answered).toBe(false);
  });

  it("answers the questions it can answer", () => {
    for (const q of [
      "What do the Europeans want first?",
      "Wann treffen sich Trump und Putin?",
      "Gebietstausch",
    ])
      expect(seed.ask(q).answered, q).toBe(true);
  });

  it("has nothing to answer for a question without words", () => {
    expect(seed.ask("?!").answered).toBe(false);
  });
});
