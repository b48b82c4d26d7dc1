/** The bot's own words in English and German; article text is never translated. */
import type { Locale } from "../commands/contract.ts";

/** `de` for any German Discord locale, `en` for everything else. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith("de") ? "de" : "en";
}

export const PHRASES = {
  answerTitle: { en: "Answer", de: "Antwort" },
  noMatch: {
    en: 'Nothing in the article matches "{query}". Try other words, or /sections.',
    de: "Nichts im Artikel passt zu „{query}“. Versuche andere Wörter oder /abschnitte.",
  },
  emptyQuestion: {
    en: "Ask a question about the article, in English or German, e.g. `/ask Who is quoted, and on what?`",
    de: "Stelle eine Frage zum Artikel, auf Deutsch oder Englisch, z. B. `/frage Wer wird womit zitiert?`",
  },
  emptySection: {
    en: "Name a section by its heading, a word of it, or its number, e.g. `/section 2`.",
    de: "Nenne einen Abschnitt über seine Überschrift, ein Wort daraus oder seine Nummer, z. B. `/abschnitt 2`.",
  },
  noSection: { en: 'No section matches "{query}".', de: "Kein Abschnitt passt zu „{query}“." },
  alsoSections: { en: "Other candidates", de: "Weitere Treffer" },
  emptyQuote: {
    en: "Name a person (by name or role) or a topic word; `/about` lists who is in the article.",
    de: "Nenne eine Person (Name oder Rolle) oder ein Stichwort; `/info` zeigt, wer im Artikel vorkommt.",
  },
  noQuote: {
    en: 'No quote matches "{query}". Try a name or another word.',
    de: "Kein Zitat passt zu „{query}“. Versuche einen Namen oder ein anderes Wort.",
  },
  notQuoted: {
    en: "{name} is in the article but not quoted. Passages that mention them:",
    de: "{name} kommt im Artikel vor, wird aber nicht zitiert. Absätze, die sie nennen:",
  },
  quotesBy: { en: "Quotes by {name}", de: "Zitate von {name}" },
  quotesAbout: { en: 'Quotes about "{query}"', de: "Zitate zu „{query}“" },
  indirect: { en: "indirect", de: "indirekt" },
  unattributed: { en: "unattributed", de: "ohne Zuordnung" },
  sectionsTitle: { en: "Sections", de: "Abschnitte" },
  paragraphs: { en: "{n} paragraphs", de: "{n} Absätze" },
  paragraph: { en: "1 paragraph", de: "1 Absatz" },
  helpTitle: { en: "How to use article-bot", de: "So benutzt du article-bot" },
  helpMention: {
    en: "You can also mention me with a question, or send me a DM.",
    de: "Du kannst mich auch mit einer Frage erwähnen oder mir eine DM schicken.",
  },
  aboutDate: { en: "Date", de: "Datum" },
  aboutSource: { en: "Source", de: "Quelle" },
  aboutPhoto: { en: "Photo", de: "Foto" },
  aboutCounts: { en: "Counts", de: "Umfang" },
  aboutCountsValue: {
    en: "{sections} sections, {paragraphs} paragraphs",
    de: "{sections} Abschnitte, {paragraphs} Absätze",
  },
  previous: { en: "Previous", de: "Zurück" },
  showPassage: { en: "Show passage", de: "Ganzer Absatz" },
  showLess: { en: "Show less", de: "Weniger zeigen" },
  suggestedFor: { en: "Suggested for {user}", de: "Vorgeschlagen für {user}" },
  next: { en: "Next", de: "Weiter" },
  moreResults: { en: "More results", de: "Mehr Treffer" },
  page: { en: "Page {page}/{pages}", de: "Seite {page}/{pages}" },
  expired: {
    en: "These buttons have expired. Run the command again.",
    de: "Diese Knöpfe sind abgelaufen. Führe den Befehl erneut aus.",
  },
  notYours: {
    en: "Only the person who asked can turn these pages. Run the command yourself.",
    de: "Nur wer gefragt hat, kann hier blättern. Führe den Befehl selbst aus.",
  },
  slowDown: {
    en: "Slow down a little: try again in {seconds} s.",
    de: "Etwas langsamer bitte: versuche es in {seconds} s wieder.",
  },
  unknownCommand: {
    en: "I don't know the command /{name}. Try /help.",
    de: "Den Befehl /{name} kenne ich nicht. Versuche /hilfe.",
  },
  failed: {
    en: "Something went wrong on my side (ref {ref}). Please try again.",
    de: "Bei mir ist etwas schiefgegangen (Ref. {ref}). Bitte versuche es erneut.",
  },
} as const;

export type Phrase = keyof typeof PHRASES;

/** The phrase in `locale`, with `{name}` placeholders filled in. */
export function phrase(locale: Locale, key: Phrase, values: Record<string, string | number> = {}): string {
  return PHRASES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
