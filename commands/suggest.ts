/** Autocomplete suggestions as data: each adapter words them and fits them to its own limits. */
import type { Engine } from "../src/engine/engine.ts";
import { sectionRef, type TocEntry } from "../src/engine/sections.ts";
import type { Suggestion } from "../src/views/view.ts";
import { MAX_NAME_LENGTH } from "./options.ts";

/** How many passages a partial question is looked up with: their sections are the suggestions. */
const PLACES_LOOKED_UP = 10;

/**
 * Sections a partial name points to (by the same matching as /section), or all of them, in the
 * article given if any. Across several articles each names its article, and picking it says which.
 */
export function suggestSections(engine: Engine, partial: string, articleId?: string): Suggestion[] {
  const query = partial.trim();
  let entries: readonly TocEntry[] = engine.sections(articleId);
  if (query) {
    const { match, alternatives } = engine.section(query, articleId);
    if (match) entries = [match, ...alternatives];
  }
  const several = !articleId && engine.articles.length > 1;
  return entries.map((entry) => ({
    kind: "section",
    entry,
    ...(several && sectionRef(entry).length <= MAX_NAME_LENGTH ? { byArticle: true } : {}),
  }));
}

/**
 * Suggestions shown at most: Discord's autocomplete takes 25, and a console or CLI needs no more
 * while typing; ranking every speaker of a large corpus per keystroke would be wasted.
 */
export const MAX_SUGGESTIONS = 25;

/** Speakers a partial name or role points to, best first. */
export function suggestSpeakers(engine: Engine, partial: string): Suggestion[] {
  return engine.speakerChoices(partial, MAX_SUGGESTIONS).map((choice) => ({ kind: "speaker", choice }));
}

/** Articles whose id or title contains the partial text. */
export function suggestArticles(engine: Engine, partial: string): Suggestion[] {
  const wanted = partial.trim().toLowerCase();
  return engine.articles
    .filter((a) => !wanted || a.id.includes(wanted) || a.title.toLowerCase().includes(wanted))
    .map((article) => ({ kind: "article", article }));
}

/**
 * Where a partial question points: the sections of its best passages, so a user sees where the
 * answer will come from before sending. Each suggestion keeps the question as its value.
 */
export function suggestPlaces(engine: Engine, partial: string): Suggestion[] {
  const question = partial.trim();
  if (!question) return [];
  const seen = new Set<string>();
  const places: Suggestion[] = [];
  for (const r of engine.ask(question, { limit: PLACES_LOOKED_UP }).results) {
    if (seen.has(r.passage.sectionTitle)) continue;
    seen.add(r.passage.sectionTitle);
    places.push({
      kind: "place",
      sectionTitle: r.passage.sectionTitle,
      paragraph: r.passage.paragraph,
      question,
    });
  }
  return places;
}
