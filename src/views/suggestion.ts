/** Autocomplete suggestions in words: the label a user reads and the value picking it puts in the option. */
import { sectionRef } from "../engine/sections.ts";
import { type Locale, phrase } from "./locales/index.ts";
import type { Suggestion } from "./view.ts";

/** A suggestion as text, not yet fitted to any adapter's limits. */
export interface SuggestionText {
  readonly label: string;
  readonly value: string;
}

/** The words of a suggestion in `locale`; the value is always in the article's own words. */
export function suggestionText(suggestion: Suggestion, locale: Locale): SuggestionText {
  switch (suggestion.kind) {
    case "section": {
      const { number, section, article } = suggestion.entry;
      const label = number === null ? section.title : `${number}. ${section.title}`;
      if (!suggestion.byArticle) return { label, value: section.title };
      return { label: `${label} · ${article.title}`, value: sectionRef(suggestion.entry) };
    }
    case "speaker": {
      const { speaker, quotes } = suggestion.choice;
      const role = speaker.roles[0];
      const count = quotes === 1 ? phrase(locale, "oneQuote") : phrase(locale, "quoteCount", { n: quotes });
      return { label: `${speaker.name}${role ? ` (${role})` : ""} · ${count}`, value: speaker.name };
    }
    case "article":
      return {
        label: `${suggestion.article.date} · ${suggestion.article.title}`,
        value: suggestion.article.id,
      };
    case "place":
      return {
        label: `${suggestion.sectionTitle} · ¶${suggestion.paragraph} — ${suggestion.question}`,
        value: suggestion.question,
      };
  }
}
