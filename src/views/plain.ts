/** Views as plain text, for the console and the CLI (without --json). Plain text needs no escaping. */
import type { Article } from "../corpus/article.ts";
import type { AskResult } from "../engine/ask.ts";
import type { QuoteResult } from "../engine/quote.ts";
import type { SectionResult, TocEntry } from "../engine/sections.ts";
import { declaredText, type Locale, type PhraseKey, type PhraseValue, phrase } from "./locales/index.ts";
import { markText } from "./marks.ts";
import type { HelpEntry, View } from "./view.ts";

// The best sentence between » «, matched words in *stars*: readable in any terminal or log.
const PLAIN = { sentence: ["»", "«"], word: ["*", "*"], escape: (t: string) => t } as const;

/** A phrase as plain text: commands the user can type lose their code marks. */
export function plainPhrase(
  locale: Locale,
  key: PhraseKey,
  values: Record<string, PhraseValue> = {},
): string {
  return phrase(locale, key, values).replace(/`([^`]*)`/g, "$1");
}

/** Where a passage stands: `<heading>, ¶2`. */
export function attribution(sectionTitle: string, paragraph: number): string {
  return `${sectionTitle}, ¶${paragraph}`;
}

/** The answer to a question, or a hint when there was nothing to search for. */
export function renderAsk(result: AskResult, locale: Locale = "en"): string {
  if (result.empty) return plainPhrase(locale, "emptyQuestion");
  if (result.results.length === 0) return plainPhrase(locale, "noMatch", { query: result.query });
  const passages = result.results
    .map((r, i) => {
      const text = markText(r.passage.text, r.bestSentence, r.highlights, PLAIN);
      return `${i + 1}. [${attribution(r.passage.sectionTitle, r.passage.paragraph)}]\n   ${text}`;
    })
    .join("\n\n");
  if (result.answered) return passages;
  const heading = `${plainPhrase(locale, "notAnswered")}. ${plainPhrase(locale, "relatedPassages")}`;
  return `${heading}\n\n${passages}`;
}

/** A section with all its paragraphs, or the candidates when none matched. */
export function renderSection(result: SectionResult, locale: Locale = "en"): string {
  const sections = plainPhrase(locale, "sectionsTitle");
  if (!result.query)
    return `${plainPhrase(locale, "emptySection")} ${sections}:\n${renderToc(result.alternatives, locale)}`;
  if (!result.match) {
    const options =
      result.alternatives.length > 0 ? `\n${sections}:\n${renderToc(result.alternatives, locale)}` : "";
    return `${plainPhrase(locale, "noSection", { query: result.query })}${options}`;
  }
  const { section, number } = result.match;
  const heading = number === null ? section.title : `${number}. ${section.title}`;
  const body = section.paragraphs.map((p) => `¶${p.number} ${p.text}`).join("\n\n");
  const others =
    result.alternatives.length > 0
      ? `\n\n${plainPhrase(locale, "alsoSections")}: ${result.alternatives.map((a) => a.section.title).join(" · ")}`
      : "";
  return `${heading}\n\n${body}${others}`;
}

/** The table of contents, one line a section. */
export function renderToc(entries: readonly TocEntry[], locale: Locale = "en"): string {
  const multi = new Set(entries.map((e) => e.article.id)).size > 1;
  return entries
    .map((e) => {
      const where = multi ? ` (${e.article.title})` : "";
      return `${e.number ?? "–"}. ${e.section.title}${where} — ${paragraphCount(e.section.paragraphs.length, locale)}`;
    })
    .join("\n");
}

/** Any command's answer as plain text. */
export function renderView(view: View, locale: Locale): string {
  switch (view.kind) {
    case "ask":
      return renderAsk(view.result, locale);
    case "section":
      return renderSection(view.result, locale);
    case "sections":
      return renderToc(view.entries, locale);
    case "quote":
      return renderQuotes(view.result, locale);
    case "about":
      return view.articles.map((a) => renderAbout(a, view.entries, locale)).join("\n\n");
    case "help":
      return renderHelp(view.commands, locale);
    case "problem":
      return plainPhrase(locale, view.problem.phrase, view.problem.values);
    case "notice":
      return plainPhrase(locale, view.notice.phrase, view.notice.values);
  }
}

function paragraphCount(count: number, locale: Locale): string {
  return count === 1 ? plainPhrase(locale, "paragraph") : plainPhrase(locale, "paragraphs", { n: count });
}

function renderAbout(article: Article, entries: readonly TocEntry[], locale: Locale): string {
  const own = entries.filter((e) => e.article.id === article.id);
  const paragraphs = own.reduce((n, e) => n + e.section.paragraphs.length, 0);
  const photo = article.photo;
  const lines = [
    article.title,
    `${article.date} · ${article.source}${article.dateline ? ` · ${article.dateline}` : ""}`,
    ...(photo
      ? [`${plainPhrase(locale, "aboutPhoto")}: ${photo.caption}${photo.credit ? ` (${photo.credit})` : ""}`]
      : []),
    plainPhrase(locale, "aboutCountsValue", { sections: own.length, paragraphs }),
    renderToc(own, locale),
  ];
  return lines.join("\n");
}

function renderHelp(commands: readonly HelpEntry[], locale: Locale): string {
  return commands
    .map((c) => {
      const name = declaredText(locale, "command", c.name, "name");
      const option = c.option ? ` <${declaredText(locale, "option", c.option, "name")}>` : "";
      return `/${name}${option} — ${declaredText(locale, "command", c.name, "description")}`;
    })
    .join("\n");
}

/** Quotes with speaker, kind and attribution; for a quoted-less person, the passages naming them. */
export function renderQuotes(result: QuoteResult, locale: Locale = "en"): string {
  if (!result.query) return plainPhrase(locale, "emptyQuote");
  const who = result.speaker?.name;
  if (result.quotes.length === 0) {
    if (who && result.mentions.length > 0) {
      const mentions = result.mentions
        .map((p) => `- [${attribution(p.sectionTitle, p.paragraph)}] ${p.text}`)
        .join("\n");
      return `${plainPhrase(locale, "notQuoted", { name: who })}\n${mentions}`;
    }
    return plainPhrase(locale, "noQuote", { query: result.query });
  }
  const heading = who
    ? plainPhrase(locale, "quotesBy", { name: who })
    : plainPhrase(locale, "quotesAbout", { query: result.query });
  const lines = result.quotes.map((q, i) => {
    const mark = q.kind === "direct" ? `„${q.text}“` : `${q.text} (${plainPhrase(locale, "indirect")})`;
    const speaker = who ? "" : ` — ${q.speaker ?? plainPhrase(locale, "unattributed")}`;
    return `${i + 1}. ${mark}${speaker} [${attribution(q.sectionTitle, q.paragraph)}]`;
  });
  return `${heading}:\n${lines.join("\n")}`;
}

/** The quoted people, one line each. */
export function renderSpeakers(
  speakers: readonly { name: string; aliases: readonly string[]; quotes: number }[],
  locale: Locale = "en",
): string {
  return speakers
    .map((s) => {
      const count =
        s.quotes === 1 ? plainPhrase(locale, "oneQuote") : plainPhrase(locale, "quoteCount", { n: s.quotes });
      const aliases = plainPhrase(locale, "alsoKnownAs", { aliases: s.aliases.join(", ") || "–" });
      return `${s.name} — ${count} (${aliases})`;
    })
    .join("\n");
}
