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
