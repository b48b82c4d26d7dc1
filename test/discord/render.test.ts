/** Rendering views as Discord pages: a page is rendered when it is shown, not before. */
import { describe, expect, it } from "vitest";
import type { Article, Paragraph, Section } from "../../src/corpus/article.ts";
import { renderView } from "../../src/discord/render.ts";
import type { View } from "../../src/views/view.ts";
import { fixtureArticle } from "../support/fixtures.ts";

/** A section of `count` paragraphs that counts how often each paragraph's text is read. */
function countedSection(count: number): { section: Section; reads: number[] } {
  const reads = Array.from({ length: count }, () => 0);
  const paragraphs: Paragraph[] = reads.map((_, i) => ({
    number: i + 1,
    get text() {
      reads[i] = (reads[i] ?? 0) + 1;
      return `Absatz ${i + 1} mit *Stern* und _Strich_.`;
    },
  }));
  return { section: { index: 1, kind: "body", title: "Lange Sache", paragraphs }, reads };
}

function sectionView(article: Article, section: Section): View {
  return {
    kind: "section",
    result: { query: "Lange", match: { article, section, number: 2 }, alternatives: [] },
  };
}

describe("renderView", () => {
  it("GIVEN a section of many paragraphs WHEN it is rendered THEN only the page shown reads its paragraph", () => {
    const { section, reads } = countedSection(40);
    const rendered = renderView(sectionView(fixtureArticle("seed"), section), "de");
    expect(rendered.pageCount).toBe(40);
    expect(reads.every((n) => n === 0)).toBe(true);
    const page = rendered.page(7, false);
    expect(page.embeds[0]?.description).toBe("**¶8** Absatz 8 mit \\*Stern\\* und \\_Strich\\_.");
    expect(page.embeds[0]?.footer?.text).toContain("8/40");
    expect(reads.filter((n) => n > 0)).toHaveLength(1);
  });

  it("GIVEN the same view WHEN a page is rendered twice THEN it is the same page", () => {
    const { section } = countedSection(3);
    const view = sectionView(fixtureArticle("seed"), section);
    expect(renderView(view, "en").page(2, false)).toEqual(renderView(view, "en").page(2, false));
  });
});

/** The table of contents of `count` articles (copies of the seed article under titles of their own). */
function contentsOf(count: number): { view: View; titles: string[] } {
  const seed = fixtureArticle("seed");
  const articles = Array.from({ length: count }, (_, i) => ({
    ...seed,
    id: `artikel-${i}`,
    title: `Artikel Nummer ${i}`,
  }));
  const entries = articles.flatMap((article) =>
    article.sections
      .filter((s) => s.kind !== "caption")
      .map((section, i) => ({ article, section, number: i + 1 })),
  );
  return { view: { kind: "sections", entries }, titles: articles.map((a) => a.title) };
}

describe("the table of contents over many articles", () => {
  it("GIVEN 12 articles WHEN /sections is rendered THEN it pages, five articles a page, each article on one page", () => {
    const { view, titles } = contentsOf(12);
    const rendered = renderView(view, "en");
    expect(rendered.pageCount).toBe(3);
    const pages = Array.from({ length: rendered.pageCount }, (_, i) => rendered.page(i, false).embeds[0]);
    const shownOn = titles.map((t) => pages.filter((p) => p?.description?.includes(`__${t}__`)).length);
    expect(shownOn).toEqual(titles.map(() => 1));
    expect(pages.map((p) => titles.filter((t) => p?.description?.includes(`__${t}__`)).length)).toEqual([
      5, 5, 2,
    ]);
    expect(pages[2]?.footer?.text).toContain("3/3");
  });

  it("GIVEN one article WHEN /sections is rendered THEN it is one page with the article in the footer", () => {
    const { view } = contentsOf(1);
    const rendered = renderView(view, "en");
    expect(rendered.pageCount).toBe(1);
    expect(rendered.page(0, false).embeds[0]?.footer?.text).toContain("Artikel Nummer 0");
  });
});
