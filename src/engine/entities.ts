/**
 * The article's own knowledge of who is who: `Kremlchef` and `Putin` name one person, so a question
 * about the Kremlin chief also finds the paragraphs that only say Putin. Built from the speaker
 * registry (names, roles and English forms the article ties together).
 */
import type { Analyzer, EntityAliases } from "../analysis/analyzer.ts";
import { words } from "../analysis/tokenize.ts";
import type { Speaker } from "../quotes/quote.ts";

export type { EntityAliases } from "../analysis/analyzer.ts";

/** Alias terms per speaker; a term two speakers share (`prasident`) stands for neither. */
export function buildEntityAliases(speakers: readonly Speaker[], analyzer: Analyzer): EntityAliases {
  const owners = new Map<string, Set<string>>();
  const termsOf = new Map<string, Set<string>>();
  for (const speaker of speakers) {
    const terms = new Set(
      [speaker.name, ...speaker.forms, ...speaker.roles].flatMap((form) =>
        words(form).flatMap((w) => analyzer.indexTerms(w).slice(0, 1)),
      ),
    );
    termsOf.set(speaker.id, terms);
    for (const t of terms) owners.set(t, (owners.get(t) ?? new Set()).add(speaker.name));
  }
  const aliases = new Map<string, string[]>();
  for (const terms of termsOf.values()) {
    const own = [...terms].filter((t) => owners.get(t)?.size === 1);
    for (const t of own)
      aliases.set(
        t,
        own.filter((o) => o !== t),
      );
  }
  return aliases;
}
