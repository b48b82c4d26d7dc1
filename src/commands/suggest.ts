/** Autocomplete suggestions, within Discord's limits (25 choices, 100 characters each). */
import type { Engine } from "../engine/engine.ts";
import type { TocEntry } from "../engine/sections.ts";
import { type Choice, MAX_CHOICE_LENGTH, MAX_CHOICES } from "../render/choice.ts";
import { truncateWords } from "../render/truncate.ts";

/** Sections a partial name points to (by the same matching as /section), or all of them. */
export function suggestSections(engine: Engine, partial: string): Choice[] {
  const query = partial.trim();
  let entries: readonly TocEntry[] = engine.sections();
  if (query) {
    const { match, alternatives } = engine.section(query);
    if (match) entries = [match, ...alternatives];
  }
  return entries.slice(0, MAX_CHOICES).map(sectionChoice);
}

/** Articles whose id or title contains the partial text. */
export function suggestArticles(engine: Engine, partial: string): Choice[] {
  const wanted = partial.trim().toLowerCase();
  return engine.articles
    .filter((a) => !wanted || a.id.includes(wanted) || a.title.toLowerCase().includes(wanted))
    .slice(0, MAX_CHOICES)
    .map((a) => ({ name: truncateWords(`${a.date} · ${a.title}`, MAX_CHOICE_LENGTH), value: a.id }));
}

function sectionChoice(entry: TocEntry): Choice {
  const label = entry.number === null ? entry.section.title : `${entry.number}. ${entry.section.title}`;
  return {
    name: truncateWords(label, MAX_CHOICE_LENGTH),
    value: truncateWords(entry.section.title, MAX_CHOICE_LENGTH),
  };
}

/**
 * Where a partial question points: the sections of its best passages, so a user sees where the
 * answer will come from before sending. Each choice keeps the question as its value.
 */
export function suggestPlaces(engine: Engine, partial: string): Choice[] {
  const question = partial.trim();
  // A choice's value replaces what the user typed, so a question that does not fit is not offered back cut.
  if (!question || question.length > MAX_CHOICE_LENGTH) return [];
  const value = question;
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const r of engine.ask(question, { limit: 10 }).results) {
    if (seen.has(r.passage.sectionTitle)) continue;
    seen.add(r.passage.sectionTitle);
    const place = `${r.passage.sectionTitle} · ¶${r.passage.paragraph}`;
    choices.push({ name: truncateWords(`${place} — ${question}`, MAX_CHOICE_LENGTH), value });
  }
  return choices.slice(0, MAX_CHOICES);
}
