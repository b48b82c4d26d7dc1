/** Autocomplete suggestions as Discord choices: worded in the user's language, cut once to Discord's limits. */
import type { APIApplicationCommandOptionChoice } from "discord.js";
import type { Locale } from "../views/locales/index.ts";
import { suggestionText } from "../views/suggestion.ts";
import { truncateWords, wellFormed } from "../views/truncate.ts";
import type { Suggestion } from "../views/view.ts";
import { MAX_CHOICE_LENGTH, MAX_CHOICES } from "./limits.ts";

/**
 * At most 25 choices, names and values within 100 characters. Discord shows choices as plain
 * text, so they are not markdown-escaped; lone surrogates are replaced. A value that
 * is the user's own question must not be cut (picking it would replace the question with a cut
 * one), so such a suggestion is left out instead.
 */
export function choicesOf(
  suggestions: readonly Suggestion[],
  locale: Locale,
): APIApplicationCommandOptionChoice<string>[] {
  return suggestions
    .filter((s) => s.kind !== "place" || s.question.length <= MAX_CHOICE_LENGTH)
    .slice(0, MAX_CHOICES)
    .map((s) => {
      const { label, value } = suggestionText(s, locale);
      return { name: fitChoice(label), value: fitChoice(value) };
    });
}

function fitChoice(text: string): string {
  return truncateWords(wellFormed(text), MAX_CHOICE_LENGTH);
}
