/** The CLI's JSON contract (README, "CLI"): other tools parse these shapes, so keep them exactly. */
import type { AskResult } from "../engine/ask.ts";
import type { SectionResult, TocEntry } from "../engine/sections.ts";

/** `ask` → {query, results:[{article, section, paragraph, text, score}]} */
export function askJson(result: AskResult) {
  return {
    query: result.query,
    results: result.results.map((r) => ({
      article: r.article.id,
      section: r.passage.sectionTitle,
      paragraph: r.passage.paragraph,
      text: r.passage.text,
      score: Math.round(r.score * 1000) / 1000,
    })),
  };
}

/** `section` → {query, section:{title, paragraphs:[{paragraph, text}]} | null, alternatives:[title]} */
export function sectionJson(result: SectionResult) {
  const match = result.match;
  return {
    query: result.query,
    section: match
      ? {
          title: match.section.title,
          paragraphs: match.section.paragraphs.map((p) => ({ paragraph: p.number, text: p.text })),
        }
      : null,
    alternatives: result.alternatives.map((a) => a.section.title),
  };
}

/** `sections` → {sections:[{title, paragraphs}]}, paragraphs being the count. */
export function sectionsJson(entries: readonly TocEntry[]) {
  return {
    sections: entries.map((e) => ({ title: e.section.title, paragraphs: e.section.paragraphs.length })),
  };
}
