/** Small articles for the quote tests: one lead section of the given paragraphs. */
import type { Article } from "../../src/corpus/article.ts";
import { extractArticleQuotes } from "../../src/quotes/extract.ts";
import type { Quote } from "../../src/quotes/quote.ts";
import { TABLES } from "../support/tables.ts";

/** An article whose lead holds `paragraphs`. */
export function articleOf(...paragraphs: string[]): Article {
  return {
    id: "test",
    title: "Test",
    date: "2025-01-01",
    source: "test",
    language: "de",
    sections: [
      {
        index: 0,
        kind: "lead",
        title: "Einleitung",
        paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
      },
    ],
  };
}

/** The quotes of a small article, as `[kind, speaker, text]` triples. */
export function quotesOf(...paragraphs: string[]): [Quote["kind"], string | null, string][] {
  return extractArticleQuotes(articleOf(...paragraphs), TABLES).quotes.map((q) => [
    q.kind,
    q.speaker,
    q.text,
  ]);
}
