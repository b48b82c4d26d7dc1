/** Plain-text answers for the console and the CLI (without --json). */
import type { Command, Locale, View } from "../commands/contract.ts";
import type { Article } from "../corpus/article.ts";
import type { AskResult } from "../engine/ask.ts";
import type { QuoteResult } from "../engine/quote.ts";
import type { SectionResult, TocEntry } from "../engine/sections.ts";
import { markText } from "./marks.ts";

// The best sentence between » «, matched words in *stars*: readable in any terminal or log.
const PLAIN = { sentence: ["»", "«"], word: ["*", "*"], escape: (t: string) => t } as const;

/** Where a passage stands: `<heading>, ¶2`. */
export function attribution(sectionTitle: string, paragraph: number): string {
  return `${sectionTitle}, ¶${paragraph}`;
}

/** The answer to a question, or a hint when there was nothing to search for. */
export function renderAsk(result: AskResult): string {
  if (result.empty)
    return "Ask a question about the article, in English or German, e.g. /ask Who is quoted, and on what?";
  if (result.results.length === 0)
    return `Nothing in the article matches "${result.query}". Try other words, or /sections.`;
  return result.results
    .map((r, i) => {
      const text = markText(r.passage.text, r.bestSentence, r.highlights, PLAIN);
      return `${i + 1}. [${attribution(r.passage.sectionTitle, r.passage.paragraph)}]\n   ${text}`;
    })
    .join("\n\n");
}

/** A section with all its paragraphs, or the candidates when none matched. */
export function renderSection(result: SectionResult): string {
  if (!result.query)
    return `Name a section by its heading, a word of it, or its number, e.g. /section 2. Sections:\n${renderToc(result.alternatives)}`;
  if (!result.match) {
    const options = result.alternatives.length > 0 ? `\nSections:\n${renderToc(result.alternatives)}` : "";
    return `No section matches "${result.query}".${options}`;
  }
  const { section, number } = result.match;
  const heading = number === null ? section.title : `${number}. ${section.title}`;
  const body = section.paragraphs.map((p) => `¶${p.number} ${p.text}`).join("\n\n");
  const others =
    result.alternatives.length > 0
      ? `\n\nAlso: ${result.alternatives.map((a) => a.section.title).join(" · ")}`
      : "";
  return `${heading}\n\n${body}${others}`;
}

/** The table of contents, one line a section. */
export function renderToc(entries: readonly TocEntry[]): string {
  const multi = new Set(entries.map((e) => e.article.id)).size > 1;
  return entries
    .map((e) => {
      const where = multi ? ` (${e.article.title})` : "";
      const count = e.section.paragraphs.length;
      return `${e.number ?? "–"}. ${e.section.title}${where} — ${count} ${count === 1 ? "paragraph" : "paragraphs"}`;
    })
    .join("\n");
}

/** Any command's answer as plain text. */
export function renderView(view: View, locale: Locale): string {
  switch (view.kind) {
    case "ask":
      return renderAsk(view.result);
    case "section":
      return renderSection(view.result);
    case "sections":
      return renderToc(view.entries);
    case "quote":
      return renderQuotes(view.result);
    case "about":
      return view.articles.map((a) => renderAbout(a, view.entries)).join("\n\n");
    case "help":
      return renderHelp(view.commands, locale);
    case "problem":
      return view.message[locale];
  }
}

function renderAbout(article: Article, entries: readonly TocEntry[]): string {
  const own = entries.filter((e) => e.article.id === article.id);
  const paragraphs = own.reduce((n, e) => n + e.section.paragraphs.length, 0);
  const lines = [
    article.title,
    `${article.date} · ${article.source}${article.dateline ? ` · ${article.dateline}` : ""}`,
    ...(article.photo
      ? [`Photo: ${article.photo.caption}${article.photo.credit ? ` (${article.photo.credit})` : ""}`]
      : []),
    `${own.length} sections, ${paragraphs} paragraphs`,
    renderToc(own),
  ];
  return lines.join("\n");
}

function renderHelp(commands: readonly Command[], locale: Locale): string {
  return commands
    .map((c) => {
      const main = c.options.find((o) => o.required);
      return `/${c.name}${main ? ` <${main.name}>` : ""} — ${c.description[locale]}`;
    })
    .join("\n");
}

/** Quotes with speaker, kind and attribution; for a quoted-less person, the passages naming them. */
export function renderQuotes(result: QuoteResult): string {
  if (!result.query)
    return "Name a person (by name or role) or a topic word; /about lists who is in the article.";
  const who = result.speaker?.name;
  if (result.quotes.length === 0) {
    if (who && result.mentions.length > 0) {
      const mentions = result.mentions
        .map((p) => `- [${attribution(p.sectionTitle, p.paragraph)}] ${p.text}`)
        .join("\n");
      return `${who} is in the article but is not quoted. Passages that mention them:\n${mentions}`;
    }
    return `No quote matches "${result.query}". Try another name or word.`;
  }
  const heading = who ? `Quotes by ${who}:` : `Quotes about "${result.query}":`;
  const lines = result.quotes.map((q, i) => {
    const mark = q.kind === "direct" ? `„${q.text}“` : `${q.text} (indirect)`;
    const speaker = who ? "" : ` — ${q.speaker ?? "unattributed"}`;
    return `${i + 1}. ${mark}${speaker} [${attribution(q.sectionTitle, q.paragraph)}]`;
  });
  return `${heading}\n${lines.join("\n")}`;
}

/** The quoted people, one line each. */
export function renderSpeakers(
  speakers: readonly { name: string; aliases: readonly string[]; quotes: number }[],
): string {
  return speakers
    .map((s) => `${s.name} — ${s.quotes} quotes (also: ${s.aliases.join(", ") || "–"})`)
    .join("\n");
}
