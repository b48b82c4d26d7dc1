/**
 * Views as Discord messages: embeds with section attribution, the best sentence in bold, matched
 * words underlined, and the article in the footer. Long answers become pages; every page is
 * within Discord's limits, and everything echoed from the article or the user is escaped.
 */
import { type APIEmbed, escapeMarkdown } from "discord.js";
import type { Command, Locale, View } from "../commands/contract.ts";
import type { Article, Section } from "../corpus/article.ts";
import type { PassageResult } from "../engine/ask.ts";
import type { QuoteResult } from "../engine/quote.ts";
import type { TocEntry } from "../engine/sections.ts";
import type { Quote } from "../quotes/quote.ts";
import { markText } from "../render/marks.ts";
import { truncateWords } from "../render/truncate.ts";
import { MAX_EMBED_DESCRIPTION, MAX_EMBED_FOOTER, MAX_EMBED_TITLE, MAX_FIELD_VALUE } from "./limits.ts";
import { phrase } from "./locale.ts";

/** One page of an answer: embeds and/or content, without components (the adapter adds buttons). */
export interface Page {
  readonly content?: string;
  readonly embeds: APIEmbed[];
}

export interface RenderedView {
  readonly pages: readonly Page[];
  /** The same pages with every passage in full, behind the "Show passage" button (compact answers). */
  readonly details?: readonly Page[];
  /** Only the user sees it: problems and hints. */
  readonly ephemeral: boolean;
}

// Blurple, so answers are recognisable in a busy channel.
const COLOR = 0x5865f2;
const DISCORD_MARKS = {
  sentence: ["**", "**"],
  word: ["__", "__"],
  escape: (t: string) => md(t),
} as const;
/** Results per /ask page: enough to compare, few enough to read. */
const RESULTS_PER_PAGE = 3;
/** Room for one passage on an /ask page (three fit in one description). */
const MAX_PASSAGE_CHARS = 1_250;
const QUOTES_PER_PAGE = 6;
const MAX_QUOTE_CHARS = 600;

/** Renders a command's view for a user with `locale`. */
export function renderView(view: View, locale: Locale): RenderedView {
  switch (view.kind) {
    case "ask":
      return renderAsk(view, locale);
    case "section":
      return renderSection(view, locale);
    case "sections":
      return visible([{ embeds: [tocEmbed(view.entries, locale)] }]);
    case "quote":
      return renderQuotes(view.result, locale);
    case "about":
      // One page per article: several embeds in one message could pass Discord's 6,000-character total.
      return visible(view.articles.map((a) => ({ embeds: [aboutEmbed(a, view.entries, locale)] })));
    case "help":
      return visible([{ embeds: [helpEmbed(view.commands, locale)] }]);
    case "problem":
      return {
        pages: [{ content: truncateWords(md(view.message[locale]), 2_000), embeds: [] }],
        ephemeral: true,
      };
  }
}

function visible(pages: Page[]): RenderedView {
  return { pages, ephemeral: false };
}

function renderAsk(view: Extract<View, { kind: "ask" }>, locale: Locale): RenderedView {
  const { result } = view;
  if (result.empty)
    return { pages: [{ content: phrase(locale, "emptyQuestion"), embeds: [] }], ephemeral: true };
  if (result.results.length === 0) {
    return {
      pages: [{ content: phrase(locale, "noMatch", { query: echo(result.query, 200) }), embeds: [] }],
      ephemeral: true,
    };
  }
  const multi = new Set(result.results.map((r) => r.article.id)).size > 1;
  const chunks = chunk(result.results, RESULTS_PER_PAGE);
  // Compact by default: the best sentence and where it stands; the whole passage on request.
  const render = (full: boolean) =>
    chunks.map((results, page) => ({
      embeds: [
        {
          color: COLOR,
          title: truncateWords(
            `${phrase(locale, "answerTitle")}: ${echo(result.query, 200)}`,
            MAX_EMBED_TITLE,
          ),
          description: results
            .map((r, i) => passageBlock(r, page * RESULTS_PER_PAGE + i + 1, multi, full))
            .join("\n\n"),
          footer: footer(
            results[0]?.article,
            chunks.length > 1 ? phrase(locale, "page", { page: page + 1, pages: chunks.length }) : undefined,
          ),
        },
      ],
    }));
  return { pages: render(false), details: render(true), ephemeral: false };
}

/** One result: its attribution as a heading line, then its best sentence (compact) or the whole passage. */
function passageBlock(r: PassageResult, rank: number, showArticle: boolean, full: boolean): string {
  const where = `${md(r.passage.sectionTitle)} · ¶${r.passage.paragraph}`;
  const article = showArticle ? ` — ${md(r.article.title)}` : "";
  return `**${rank}. ${where}**${article}\n${full ? passageExcerpt(r) : `> ${bestSentence(r)}`}`;
}

/** The best sentence alone, its matched words underlined. */
function bestSentence(r: PassageResult): string {
  const { start, end } = r.bestSentence;
  const words = r.highlights
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: h.start - start, end: h.end - start }));
  const marked = markText(r.passage.text.slice(start, end), undefined, words, DISCORD_MARKS);
  return truncateWords(marked, MAX_PASSAGE_CHARS);
}

/** The marked passage; a very long one is cut around its best sentence so the answer stays visible. */
function passageExcerpt(r: PassageResult): string {
  const marked = markText(r.passage.text, r.bestSentence, r.highlights, DISCORD_MARKS);
  if (marked.length <= MAX_PASSAGE_CHARS) return marked;
  const sentence = r.passage.text.slice(r.bestSentence.start, r.bestSentence.end);
  return truncateWords(`… **${md(sentence)}** …`, MAX_PASSAGE_CHARS);
}

/** Quotes a page at a time, each exact, with its speaker and where it stands. */
function renderQuotes(result: QuoteResult, locale: Locale): RenderedView {
  const who = result.speaker?.name;
  if (!result.query)
    return { pages: [{ content: phrase(locale, "emptyQuote"), embeds: [] }], ephemeral: true };
  if (result.quotes.length === 0) {
    if (!who || result.mentions.length === 0) {
      return {
        pages: [{ content: phrase(locale, "noQuote", { query: echo(result.query, 200) }), embeds: [] }],
        ephemeral: true,
      };
    }
    const description = result.mentions
      .map((p) => `**${md(p.sectionTitle)} · ¶${p.paragraph}**\n${truncateWords(md(p.text), 600)}`)
      .join("\n\n");
    const title = phrase(locale, "notQuoted", { name: md(who) });
    return visible([
      {
        embeds: [
          {
            color: COLOR,
            title: truncateWords(title, MAX_EMBED_TITLE),
            description: truncateWords(description, MAX_EMBED_DESCRIPTION),
          },
        ],
      },
    ]);
  }
  const chunks = chunk(result.quotes, QUOTES_PER_PAGE);
  const title = who
    ? phrase(locale, "quotesBy", { name: who })
    : phrase(locale, "quotesAbout", { query: result.query });
  return visible(
    chunks.map((quotes, page) => ({
      embeds: [
        {
          color: COLOR,
          title: truncateWords(title, MAX_EMBED_TITLE),
          description: truncateWords(
            quotes.map((q, i) => quoteLine(q, page * QUOTES_PER_PAGE + i + 1, !who, locale)).join("\n\n"),
            MAX_EMBED_DESCRIPTION,
          ),
          footer: footer(
            undefined,
            chunks.length > 1 ? phrase(locale, "page", { page: page + 1, pages: chunks.length }) : undefined,
          ),
        },
      ],
    })),
  );
}

/** `1. „…“ — Speaker · Section · ¶n`; indirect speech is marked as such. */
function quoteLine(q: Quote, rank: number, showSpeaker: boolean, locale: Locale): string {
  const text = truncateWords(md(q.text), MAX_QUOTE_CHARS);
  const body = q.kind === "direct" ? `„${text}“` : `${text} *(${phrase(locale, "indirect")})*`;
  const speaker = showSpeaker ? ` — **${md(q.speaker ?? phrase(locale, "unattributed"))}**` : "";
  return `**${rank}.** ${body}${speaker}\n${md(q.sectionTitle)} · ¶${q.paragraph}`;
}

function renderSection(view: Extract<View, { kind: "section" }>, locale: Locale): RenderedView {
  const { result } = view;
  if (!result.match) {
    const text = result.query
      ? phrase(locale, "noSection", { query: echo(result.query, 200) })
      : phrase(locale, "emptySection");
    return {
      pages: [
        {
          content: text,
          embeds: result.alternatives.length > 0 ? [tocEmbed(result.alternatives, locale)] : [],
        },
      ],
      ephemeral: true,
    };
  }
  const { article, section, number } = result.match;
  const title = truncateWords(
    number === null ? md(section.title) : `${number}. ${md(section.title)}`,
    MAX_EMBED_TITLE,
  );
  const pageTexts = paginateParagraphs(section);
  const also =
    result.alternatives.length > 0 ? result.alternatives.map((a) => md(a.section.title)).join(" · ") : "";
  const pages = pageTexts.map((description, i) => ({
    embeds: [
      {
        color: COLOR,
        title,
        description,
        ...(also && i === 0
          ? {
              fields: [{ name: phrase(locale, "alsoSections"), value: truncateWords(also, MAX_FIELD_VALUE) }],
            }
          : {}),
        footer: footer(
          article,
          pageTexts.length > 1 ? phrase(locale, "page", { page: i + 1, pages: pageTexts.length }) : undefined,
        ),
      },
    ],
  }));
  return visible(pages);
}

/** One page per paragraph, each within MAX_EMBED_DESCRIPTION: the section opens on its first paragraph. */
export function paginateParagraphs(section: Section, limit = MAX_EMBED_DESCRIPTION): string[] {
  return section.paragraphs.map((p) => truncateWords(`**¶${p.number}** ${md(p.text)}`, limit));
}

function tocEmbed(entries: readonly TocEntry[], locale: Locale): APIEmbed {
  const articles = [...new Map(entries.map((e) => [e.article.id, e.article])).values()];
  const line = (e: TocEntry) => {
    const count = e.section.paragraphs.length;
    const size = count === 1 ? phrase(locale, "paragraph") : phrase(locale, "paragraphs", { n: count });
    return `**${e.number ?? "–"}.** ${md(e.section.title)} — ${size}`;
  };
  // With several articles, each gets its own block under its title: numbers restart per article.
  const blocks = articles.map((a) => {
    const lines = entries.filter((e) => e.article.id === a.id).map(line);
    return articles.length > 1 ? [`__${md(a.title)}__`, ...lines].join("\n") : lines.join("\n");
  });
  return {
    color: COLOR,
    title: phrase(locale, "sectionsTitle"),
    description: truncateWords(blocks.join("\n\n"), MAX_EMBED_DESCRIPTION),
    ...(articles.length === 1 ? { footer: footer(articles[0]) } : {}),
  };
}

function aboutEmbed(article: Article, entries: readonly TocEntry[], locale: Locale): APIEmbed {
  const own = entries.filter((e) => e.article.id === article.id);
  const paragraphs = own.reduce((n, e) => n + e.section.paragraphs.length, 0);
  const fields = [
    { name: phrase(locale, "aboutDate"), value: article.date, inline: true },
    { name: phrase(locale, "aboutSource"), value: md(article.source), inline: true },
    {
      name: phrase(locale, "aboutCounts"),
      value: phrase(locale, "aboutCountsValue", { sections: own.length, paragraphs }),
      inline: true,
    },
    ...(article.photo
      ? [
          {
            name: phrase(locale, "aboutPhoto"),
            value: truncateWords(md(`${article.photo.caption} (${article.photo.credit})`), MAX_FIELD_VALUE),
          },
        ]
      : []),
    {
      name: phrase(locale, "sectionsTitle"),
      value: truncateWords(own.map((e) => `${e.number}. ${md(e.section.title)}`).join("\n"), MAX_FIELD_VALUE),
    },
  ];
  return {
    color: COLOR,
    title: truncateWords(md(article.title), MAX_EMBED_TITLE),
    fields,
    footer: footer(article),
  };
}

function helpEmbed(commands: readonly Command[], locale: Locale): APIEmbed {
  const lines = commands.map((c) => {
    const name = locale === "de" && c.nameDe ? c.nameDe : c.name;
    const main = c.options.find((o) => o.required);
    const option = main ? ` <${locale === "de" && main.nameDe ? main.nameDe : main.name}>` : "";
    return `**/${name}${option}** — ${c.description[locale]}`;
  });
  return {
    color: COLOR,
    title: phrase(locale, "helpTitle"),
    description: [...lines, "", phrase(locale, "helpMention")].join("\n"),
  };
}

/** The article in the footer: `title · date · source`, with a page marker when paged. */
function footer(article: Article | undefined, extra?: string): { text: string } | undefined {
  const parts = article ? [article.title, article.date, article.source] : [];
  if (extra) parts.push(extra);
  return parts.length > 0 ? { text: truncateWords(parts.join(" · "), MAX_EMBED_FOOTER) } : undefined;
}

// Everything Discord would render, links and headings included: text from the article or a user
// must read as typed.
const ESCAPE_ALL = { maskedLink: true, heading: true, bulletedList: true, numberedList: true } as const;

/** Text from the article or a user, with every markdown construct escaped. */
function md(text: string): string {
  return escapeMarkdown(text, ESCAPE_ALL);
}

/** What the user typed, safe to echo: no markdown, no mentions, bounded. */
function echo(text: string, max: number): string {
  return md(truncateWords(text.replace(/[\r\n]+/g, " "), max));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
