import { describe, expect, it } from "vitest";
import { formatArticle, parseArticle } from "../../src/corpus/markdown.ts";
import { fixtureArticle } from "../support/fixtures.ts";

const GOOD = `---
id: 2025-01-02-test
title: Ein Test
date: 2025-01-02
source: dpa
language: de
---

Berlin - Erster Absatz.

## Zweiter Teil

Ein Absatz,
der umbricht.

Noch einer.
`;

function parseError(text: string): string {
  try {
    parseArticle(text, "corpus/x.md");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a parse error");
}

describe("the corpus file format", () => {
  it("round-trips both fixture articles through format and parse", () => {
    for (const name of ["seed", "fiction"] as const) {
      const article = fixtureArticle(name);
      expect(parseArticle(formatArticle(article), "x.md")).toEqual(article);
    }
  });

  it("joins wrapped lines into one paragraph and numbers paragraphs per section", () => {
    const article = parseArticle(GOOD, "x.md");
    expect(article.sections.map((s) => [s.title, s.paragraphs.map((p) => [p.number, p.text])])).toEqual([
      ["Einleitung", [[1, "Berlin - Erster Absatz."]]],
      [
        "Zweiter Teil",
        [
          [1, "Ein Absatz, der umbricht."],
          [2, "Noch einer."],
        ],
      ],
    ]);
  });
});

describe("text that only looks like markup", () => {
  it("keeps a paragraph starting with a hashtag as text", () => {
    const article = parseArticle(GOOD.replace("Noch einer.", "#MeToo war ein Thema."), "x.md");
    expect(article.sections[1]?.paragraphs[1]?.text).toBe("#MeToo war ein Thema.");
  });
});

describe("a bad corpus file is reported with file, line and fix", () => {
  it.each([
    ["no front matter", "Hallo\n", /corpus\/x\.md:1: a corpus file must start with a `---` line/],
    ["unclosed front matter", "---\nid: a\n", /corpus\/x\.md:1: .*never closed/],
    [
      "invalid YAML",
      "---\nid: [unclosed\n---\nText\n",
      /corpus\/x\.md:\d+: the front matter is not valid YAML/,
    ],
    ["a missing field", GOOD.replace("source: dpa\n", ""), /corpus\/x\.md:\d+: field "source" is missing/],
    [
      "a bad date",
      GOOD.replace("date: 2025-01-02", "date: 2025-13-45"),
      /corpus\/x\.md:4: field "date" is 2025-13-45, but there is no month 13; write the month as 01–12\.$/,
    ],
    [
      "30 February",
      GOOD.replace("date: 2025-01-02", "date: 2025-02-30"),
      /corpus\/x\.md:4: field "date" is 2025-02-30, which is not on the calendar: February 2025 has 28 days; check the day\.$/,
    ],
    [
      "31 April, quoted",
      GOOD.replace("date: 2025-01-02", 'date: "2025-04-31"'),
      /corpus\/x\.md:4: field "date" is 2025-04-31, .*April 2025 has 30 days/,
    ],
    ["an empty file", "", /^corpus\/x\.md: the file is empty; write an article into it/],
    [
      "a file of white space only",
      " \n\t\n\n",
      /^corpus\/x\.md: the file is empty \(only white space\); write an article/,
    ],
    [
      "a colon inside a value",
      GOOD.replace(/title: .*/, "title: Gipfel: was nun"),
      /corpus\/x\.md:3: the front matter is not valid YAML: a value contains a colon followed by a space, .*double quotes, e\.g\. title: "Gipfel: Was nun\?" \(YAML: /,
    ],
    [
      "an unclosed quotation mark",
      GOOD.replace(/title: .*/, 'title: "Gipfel in Alaska'),
      /corpus\/x\.md:3: the front matter is not valid YAML: a quotation mark or bracket is opened but never closed/,
    ],
    [
      "a tab as indentation",
      GOOD.replace("language: de", "language: de\n\tdateline: Anchorage"),
      /corpus\/x\.md:7: the front matter is not valid YAML: a line is indented with a tab; .*replace the tab by spaces/,
    ],
    [
      "a field written twice",
      GOOD.replace("language: de", "language: de\nlanguage: en"),
      /corpus\/x\.md:7: the front matter is not valid YAML: a field is written twice; keep one of them/,
    ],
    [
      "an unknown field",
      GOOD.replace("language: de", "language: de\nauthor: X"),
      /unknown field\(s\) "author"/,
    ],
    [
      "a bad id",
      GOOD.replace("id: 2025-01-02-test", "id: Hello World"),
      /corpus\/x\.md:2: field "id" must be lower-case/,
    ],
    [
      "a single-# heading",
      GOOD.replace("## Zweiter Teil", "# Zweiter Teil"),
      /corpus\/x\.md:11: section headings are written "## Heading"/,
    ],
    ["an empty heading", GOOD.replace("## Zweiter Teil", "##"), /corpus\/x\.md:11: this heading has no text/],
    [
      "a duplicate heading",
      `${GOOD}\n## Zweiter Teil\n\nText.\n`,
      /corpus\/x\.md:\d+: the heading "Zweiter Teil" appears twice/,
    ],
    [
      "a heading without text",
      `${GOOD}\n## Leer\n`,
      /corpus\/x\.md:\d+: the heading "Leer" has no paragraph/,
    ],
    [
      "no text at all",
      "---\nid: a\ntitle: T\ndate: 2025-01-01\nsource: s\nlanguage: de\n---\n\n",
      /has no paragraphs/,
    ],
  ])("%s", (_name, text, expected) => {
    expect(parseError(text)).toMatch(expected);
  });
});
