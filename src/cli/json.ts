/** The CLI's JSON contract (README, "CLI"): other tools parse these shapes, so keep them exactly. */
import type { AskResult } from "../engine/ask.ts";
import type { QuoteResult } from "../engine/quote.ts";
import type { SectionResult, TocEntry } from "../engine/sections.ts";
import type { Quote, Speaker } from "../quotes/quote.ts";
import type { View } from "../views/view.ts";

/** A command's view in its JSON shape (the CLI runs only ask, section, sections and quote). */
export function viewJson(view: View): unknown {
  switch (view.kind) {
    case "ask":
      return askJson(view.result);
    case "section":
      return sectionJson(view.result);
    case "sections":
      return sectionsJson(view.entries);
    case "quote":
      return quoteJson(view.result);
    default:
      throw new Error(`the CLI has no JSON shape for a ${view.kind} view`);
  }
}

/**
 * `ask` → {query, results:[{article, section, paragraph, text, score, sentence}], answered};
 * `answered` is false when the article does not say (the results are then related passages).
 */
export function askJson(result: AskResult) {
  return {
    query: result.query,
    results: result.results.map((r) => ({
      article: r.article.id,
      section: r.passage.sectionTitle,
      paragraph: r.passage.paragraph,
      text: r.passage.text,
      score: Math.round(r.score * 1000) / 1000,
      sentence: r.passage.text.slice(r.bestSentence.start, r.bestSentence.end),
    })),
    answered: result.answered,
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

/** `quote` → {query, speaker: name | null, quotes:[{speaker, text, kind, section, paragraph, context}]} */
export function quoteJson(result: QuoteResult) {
  return {
    query: result.query,
    speaker: result.speaker?.name ?? null,
    quotes: result.quotes.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      kind: q.kind,
      section: q.sectionTitle,
      paragraph: q.paragraph,
      context: q.context,
    })),
  };
}

/** `speakers` → {speakers:[{name, aliases, quotes}]}, quotes being the count; one entry per name. */
export function speakersJson(speakers: readonly Speaker[], quotes: readonly Quote[]) {
  const byName = new Map<string, { name: string; aliases: string[]; quotes: number }>();
  for (const s of speakers) {
    const entry = byName.get(s.name) ?? { name: s.name, aliases: [], quotes: 0 };
    for (const a of [...s.forms, ...s.english])
      if (a !== s.name && !entry.aliases.includes(a)) entry.aliases.push(a);
    byName.set(s.name, entry);
  }
  for (const q of quotes) {
    const entry = q.speaker ? byName.get(q.speaker) : undefined;
    if (entry) entry.quotes++;
  }
  return { speakers: [...byName.values()] };
}
