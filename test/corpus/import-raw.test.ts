import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importRawExport, isHeading } from "../../src/corpus/import-raw.ts";
import { formatArticle } from "../../src/corpus/markdown.ts";
import { ArticleBotError } from "../../src/errors.ts";
import { CORPUS_DIR, FIXTURES, fixtureArticle, rawExport } from "../support/fixtures.ts";

function importError(raw: string): string {
  try {
    importRawExport(raw, "raw.txt");
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleBotError);
    return (error as Error).message;
  }
  throw new Error("expected the import to fail");
}

describe("importing the seed export", () => {
  const article = fixtureArticle("seed");

  it("reads date, picture count, caption and credit from the header line", () => {
    expect(article.date).toBe("2025-08-15");
    expect(article.photo?.count).toBe(2);
    expect(article.photo?.caption).toBe(
      "US-Präsident Trump und Kremlchef Putin treffen sich in Alaska. (Archivfoto)",
    );
    expect(article.photo?.credit).toMatch(/^Mark Schiefelbein\/.*\/dpa$/);
  });

  it("puts teaser and dateline paragraph in the lead section, then one section per heading", () => {
    expect(article.sections.map((s) => [s.kind, s.title, s.paragraphs.length])).toEqual([
      ["lead", "Einleitung", 2],
      ["body", "Sorge vor Gebietsabtretungen", 2],
      ["body", "Europäer wollen erst Waffenruhe", 2],
      ["body", "Treffen als Vorstufe?", 3],
      ["body", "Atomwaffenvertrag als Moskauer Lockmittel", 3],
      ["body", "Wie geht es nach Alaska weiter?", 2],
      ["caption", "Foto", 1],
    ]);
    expect(article.sections[0]?.paragraphs[1]?.text).toMatch(/^Anchorage - Vor den Augen/);
    expect(article.dateline).toBe("Anchorage");
  });

  it("derives a title from the text instead of inventing one", () => {
    expect(article.title).toBe("US-Präsident Trump und Kremlchef Putin treffen sich in Alaska");
    expect(article.id).toBe("2025-08-15-us-praesident-trump-und-kremlchef-putin");
  });

  it("keeps every paragraph verbatim", () => {
    const raw = rawExport("seed");
    for (const section of article.sections.filter((s) => s.kind !== "caption")) {
      for (const p of section.paragraphs) expect(raw).toContain(p.text);
    }
  });

  it("is exactly the committed corpus file (importer and corpus have not drifted)", () => {
    const committed = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".md"));
    expect(committed).toContain(`${article.id}.md`);
    expect(readFileSync(new URL(`${article.id}.md`, CORPUS_DIR), "utf8")).toBe(formatArticle(article));
  });
});

describe("importing an article of the same kind with another layout", () => {
  const article = fixtureArticle("fiction");

  it("has no teaser: the dateline paragraph opens the lead", () => {
    expect(article.sections[0]?.kind).toBe("lead");
    expect(article.sections[0]?.paragraphs[0]?.text).toMatch(/^Bad Ellerbrunn - /);
    expect(article.dateline).toBe("Bad Ellerbrunn");
  });

  it("takes headings ending in a question mark as headings", () => {
    const questions = article.sections.filter((s) => s.title.endsWith("?"));
    expect(questions.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps typographic quotes untouched", () => {
    const text = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join("\n");
    expect(text).toContain("„");
    expect(text).toContain("‚");
  });
});

describe("importing an article written after the importer (a rail strike, »…« and „‚…‘“ quotes)", () => {
  const article = fixtureArticle("economy");

  it("finds the teaser, the dateline and every heading", () => {
    expect(article.dateline).toBe("Berlin");
    expect(article.sections.filter((s) => s.kind === "body").map((s) => s.title)).toEqual([
      "Weit auseinander bei Lohn und Arbeitszeit",
      "Notfahrplan mit großen Lücken",
      "Pendler zwischen Frust und Verständnis",
      "Wie teuer wird der Streik?",
      "Minister drängt auf Schlichtung",
      "Wie geht es nach Freitag weiter?",
    ]);
  });

  it("keeps the photo caption and its credit apart", () => {
    expect(article.photo?.caption).toMatch(/Hauptbahnhof\. \(Archivbild\)$/);
    expect(article.photo?.credit).toBe("Lena Marquardt/dpa");
  });
});

describe("telling headings from paragraphs", () => {
  it.each([
    ["Sorge vor Gebietsabtretungen", true],
    ["Treffen als Vorstufe?", true],
    ["Das lehnt Kiew strikt ab.", false],
    ["Er sagte: Nein", true],
    ["Ja. Nein", false],
    ["Eine sehr lange Zeile mit vielen Wörtern, die sicher kein Zwischentitel ist und weitergeht", false],
  ])("%s → heading: %s", (line, expected) => {
    expect(isHeading(line)).toBe(expected);
  });
});

describe("rejecting exports that are not in the expected shape", () => {
  it("names an empty file", () => {
    expect(importError("\n\n")).toMatch(/^raw\.txt: the file is empty/);
  });

  it("names the line when the header is missing", () => {
    expect(importError("\nJust some text.\n")).toMatch(/^raw\.txt:2: expected the export header/);
  });

  it("rejects an impossible date", () => {
    expect(importError(" date 2025-02-30 1 Bild Foto: X\n\nBerlin - Text.\n")).toMatch(
      /raw\.txt:1: "2025-02-30" is not a calendar date/,
    );
  });

  it("rejects a heading with nothing under it", () => {
    expect(importError(" date 2025-01-01 0\n\nBerlin - Text.\n\nLeere Überschrift\n")).toMatch(
      /raw\.txt:5: the heading "Leere Überschrift" has no paragraph/,
    );
  });

  it("rejects binary data", () => {
    expect(importError(" date 2025-01-01 0\u0000")).toMatch(/not a text file/);
  });

  it("accepts Windows line endings and a byte-order mark", () => {
    const raw = `\uFEFF${rawExport("seed").replace(/\n/g, "\r\n")}`;
    expect(importRawExport(raw, "raw.txt")).toEqual(fixtureArticle("seed"));
  });
});

describe("importing articles written by authors who never saw the importer", () => {
  it.each([
    {
      name: "politics" as const,
      dateline: "Berlin",
      sections: [
        "lead Einleitung 3",
        "body Milliardenloch im Haushalt 2",
        "body Streit um die Schuldenbremse 2",
        "body Grüne stellen Bedingungen 2",
        "body Länder fordern ihren Anteil 2",
        "body Ökonomen und Verbände uneins 2",
        "body Wie geht es jetzt weiter? 2",
        "caption Foto 1",
      ],
    },
    {
      name: "disaster" as const,
      dateline: "Pfarrkirchen",
      sections: [
        "lead Einleitung 3",
        "body Damm am Rückhaltebecken in Gefahr 2",
        "body Suche nach vermisstem Feuerwehrmann 3",
        "body Ministerpräsident verspricht Soforthilfe 2",
        "body Wie lange regnet es noch? 2",
        "body Versicherer erwarten Schäden in Milliardenhöhe 2",
        "body Streit um fehlenden Hochwasserschutz 2",
        "caption Foto 1",
      ],
    },
  ])("finds the $name article's dateline, every heading and the caption", ({ name, dateline, sections }) => {
    const article = fixtureArticle(name);
    expect(article.dateline).toBe(dateline);
    expect(article.sections.map((s) => `${s.kind} ${s.title} ${s.paragraphs.length}`)).toEqual(sections);
  });
});

describe("every fixture article (the question sets' texts)", () => {
  const names = readdirSync(new URL("articles/", FIXTURES))
    .filter((f) => f.endsWith("-raw.txt"))
    .map((f) => f.replace(/-raw\.txt$/, ""));

  it.each(names)("%s imports with its date, dateline, headed sections and photo caption", (name) => {
    const article = fixtureArticle(name);
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.dateline).toMatch(/^\p{Lu}/u);
    expect(article.sections.filter((s) => s.kind === "body").length).toBeGreaterThanOrEqual(3);
    expect(article.sections.at(-1)?.kind).toBe("caption");
  });
});
