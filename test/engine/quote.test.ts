import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldPhrase } from "../../src/analysis/normalize.ts";
import { quoteJson, speakersJson } from "../../src/cli/json.ts";
import { buildQuoteBook, quote, speakerChoices } from "../../src/engine/quote.ts";
import { buildSearchIndex } from "../../src/index/search-index.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const articles = [fixtureArticle("seed"), fixtureArticle("fiction")];
const index = buildSearchIndex(articles, TABLES);
const book = buildQuoteBook(articles, index.analyzer, TABLES);

describe("/quote <speaker or topic>", () => {
  it("returns only Trump's quotes for `Trump`, direct speech first, each kind in article order", () => {
    const result = quote(book, index, "Trump");
    expect(result.speaker?.name).toBe("Donald Trump");
    expect(result.quotes.length).toBeGreaterThanOrEqual(8);
    expect(new Set(result.quotes.map((q) => q.speaker))).toEqual(new Set(["Donald Trump"]));
    const kinds = result.quotes.map((q) => q.kind);
    expect(kinds.indexOf("indirect")).toBeGreaterThan(kinds.lastIndexOf("direct"));
    const direct = result.quotes
      .filter((q) => q.kind === "direct")
      .map((q) => [q.sectionIndex, q.paragraph, q.start]);
    expect(direct).toEqual(
      [...direct].sort(
        (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0),
      ),
    );
  });

  it("finds Putin for `Kremlin chief`", () => {
    const result = quote(book, index, "Kremlin chief");
    expect(result.speaker?.name).toBe("Wladimir Putin");
    expect(result.quotes.every((q) => q.speaker === "Wladimir Putin")).toBe(true);
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  it("answers `Zelensky`, a person with no quote, with the passages that mention him", () => {
    const result = quote(book, index, "Zelensky");
    expect(result.speaker?.name).toBe("Wolodymyr Selenskyj");
    expect(result.quotes).toEqual([]);
    expect(result.mentions.length).toBeGreaterThan(0);
    for (const p of result.mentions) expect(p.text).toMatch(/Selenskyj/);
  });

  it("lists the passages that mention a person with no quote in reading order, as the index holds them", () => {
    const position = new Map(index.passages.map((p, i) => [p.id, i]));
    for (const speaker of book.speakers.filter((s) => !book.quoteCounts.has(s.name))) {
      const at = quote(book, index, speaker.name).mentions.map((p) => position.get(p.id) ?? -1);
      expect(at, speaker.name).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it("forgives typos in names: Trum, Selensky, Merts", () => {
    expect(quote(book, index, "Trum").speaker?.name).toBe("Donald Trump");
    expect(quote(book, index, "Selensky").speaker?.name).toBe("Wolodymyr Selenskyj");
    expect(quote(book, index, "Merts").speaker?.name).toBe("Friedrich Merz");
  });

  it("finds speakers by English role: mayor, US president, company spokesperson", () => {
    expect(quote(book, index, "mayor").speaker?.name).toBe("Sabine Müller");
    expect(quote(book, index, "US president").speaker?.name).toBe("Donald Trump");
    expect(quote(book, index, "company spokesperson").speaker?.name).toBe("Sprecher des Unternehmens");
  });

  it("answers a topic (`Deal`) with the quotes about it, each with its speaker", () => {
    const result = quote(book, index, "Deal");
    expect(result.speaker).toBeNull();
    expect(result.quotes.length).toBeGreaterThan(0);
    for (const q of result.quotes) {
      expect(`${q.text} ${q.context}`).toMatch(/Deal/);
      expect(q.speaker).toBe("Donald Trump");
    }
  });

  it("narrows a speaker's quotes to a topic named with them (`Trump Deal`)", () => {
    const result = quote(book, index, "Trump Deal");
    expect(result.speaker?.name).toBe("Donald Trump");
    expect(result.quotes.length).toBe(2);
  });

  it("keeps to one article when asked", () => {
    const fiction = articles[1]?.id ?? "";
    expect(quote(book, index, "Trump", { articleId: fiction }).speaker).toBeNull();
    expect(
      quote(book, index, "Windpark", { articleId: fiction }).quotes.every((q) => q.articleId === fiction),
    ).toBe(true);
  });

  it("respects the limit", () => {
    expect(quote(book, index, "Trump", { limit: 2 }).quotes).toHaveLength(2);
  });

  it("answers an empty or word-less query with nothing", () => {
    for (const q of ["", "   ", "?!", "…"]) {
      expect(quote(book, index, q)).toEqual({ query: q.trim(), speaker: null, quotes: [], mentions: [] });
    }
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 })),
        (q) => {
          const result = quote(book, index, q);
          expect(Array.isArray(result.quotes)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("speaker autocomplete", () => {
  it("offers every speaker for an empty partial, each once, with how often they are quoted", () => {
    const choices = speakerChoices(book, "");
    expect(choices.length).toBeGreaterThanOrEqual(11);
    const names = choices.map((c) => c.speaker.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of choices)
      expect(c.quotes).toBe(book.quotes.filter((q) => q.speaker === c.speaker.name).length);
  });

  it("offers the speakers a partial name or role points to, whose value /quote understands", () => {
    const choices = speakerChoices(book, "mü");
    expect(choices.map((c) => c.speaker.name)).toEqual(["Sabine Müller"]);
    expect(quote(book, index, choices[0]?.speaker.name ?? "").speaker?.name).toBe("Sabine Müller");
    expect(speakerChoices(book, "Kreml").map((c) => c.speaker.name)).toContain("Wladimir Putin");
    expect(speakerChoices(book, "Zelensk").map((c) => c.speaker.name)).toEqual(["Wolodymyr Selenskyj"]);
  });

  it("offers exactly the speakers with a form containing the partial text, whatever is typed", () => {
    const { speakers, aliases } = book.speakerIndex();
    const keys = aliases.flatMap((forms) => forms.map((a) => a.key));
    // Pieces of real forms (what people type) and random text.
    const partial = fc.oneof(
      fc
        .tuple(fc.constantFrom(...keys), fc.nat(), fc.integer({ min: 1, max: 8 }))
        .map(([key, at, n]) => key.slice(at % key.length, (at % key.length) + n)),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(partial, (typed) => {
        const wanted = foldPhrase(typed);
        fc.pre(wanted.length > 0);
        const containing = new Set(
          speakers.filter((_, at) => aliases[at]?.some((a) => a.key.includes(wanted))).map((s) => s.name),
        );
        const offered = speakerChoices(book, typed).map((c) => c.speaker.name);
        // With no form containing it, the one speaker /quote would find by a misspelling is offered.
        if (containing.size === 0) expect(offered.length).toBeLessThanOrEqual(1);
        else expect(new Set(offered)).toEqual(containing);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the CLI JSON of quotes and speakers", () => {
  it("maps a quote result to {query, speaker, quotes:[{speaker, text, kind, section, paragraph, context}]}", () => {
    const json = quoteJson(quote(book, index, "Kremlin chief"));
    expect(json.speaker).toBe("Wladimir Putin");
    expect(Object.keys(json)).toEqual(["query", "speaker", "quotes"]);
    expect(Object.keys(json.quotes[0] ?? {})).toEqual([
      "speaker",
      "text",
      "kind",
      "section",
      "paragraph",
      "context",
    ]);
    expect(quoteJson(quote(book, index, "Deal")).speaker).toBeNull();
  });

  it("maps the speakers to {speakers:[{name, aliases, quotes}]} with quote counts", () => {
    const json = speakersJson(book.speakers, book.quotes);
    const trump = json.speakers.find((s) => s.name === "Donald Trump");
    expect(trump?.quotes).toBe(10);
    expect(trump?.aliases).toContain("US-Präsident");
    expect(json.speakers.find((s) => s.name === "Wolodymyr Selenskyj")?.quotes).toBe(0);
  });
});
