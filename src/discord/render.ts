/**
 * Views as Discord messages: embeds with section attribution, the best sentence in bold, matched
 * words underlined, and the article in the footer. Long answers become pages. Every field is
 * built as `Markup` (see markdown.ts), so everything echoed from the article or the user is
 * escaped, and cut to Discord's limits in one place (`embed`). A view renders lazily: a page (and
 * the passages in full behind "Show passage") is rendered when it is shown, so a long answer costs
 * only the page the user looks at, and what is kept for the buttons is the view, not its pages.
 */
import type { APIEmbed } from "discord.js";
import type { Article, Section } from "../corpus/article.ts";
import type { PassageResult } from "../engine/ask.ts";
import type { QuoteResult } from "../engine/quote.ts";
import type { TocEntry } from "../engine/sections.ts";
import type { Quote } from "../quotes/quote.ts";
import { declaredText, type Locale } from "../views/locales/index.ts";
import { truncateWords } from "../views/truncate.ts";
import type { HelpEntry, View } from "../views/view.ts";
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_MESSAGE_CONTENT,
} from "./limits.ts";
import {
  escapeText,
  joinMarkup,
  type Markup,
  markSpans,
  md,
  phraseMd,
  toText,
  truncateMarkup,
} from "./markdown.ts";

/** One page of an answer: embeds and/or content, without components (the adapter adds buttons). */
export interface Page {
  readonly content?: string;
  readonly embeds: APIEmbed[];
}

export interface RenderedView {
  /** How many pages the answer has (at least one). */
  readonly pageCount: number;
  /** Whether each page has its passages in full behind the "Show passage" button (compact answers). */
  readonly details: boolean;
  /** Only the user sees it: problems and hints. */
  readonly ephemeral: boolean;
  /** Page `index` (from 0, below `pageCount`), with its passages in full if `full` and there are details. */
  page(index: number, full: boolean): Page;
}

// Blurple, so answers are recognisable in a busy channel.
const COLOR = 0x5865f2;
/** Results per /ask page: enough to compare, few enough to read. */
const RESULTS_PER_PAGE = 3;
/** Room for one passage on an /ask page (three fit in one description). */
const MAX_PASSAGE_CHARS = 1_250;
const QUOTES_PER_PAGE = 6;
const MAX_QUOTE_CHARS = 600;
const MAX_MENTION_CHARS = 600;
/** How much of what the user typed an answer echoes. */
const MAX_ECHO = 200;

/** Renders a command's view for a user with `locale`: its pages are rendered as they are asked for. */
export function renderView(view: View, locale: Locale): RenderedView {
  switch (view.kind) {
    case "ask":
      return renderAsk(view, locale);
    case "section":
      return renderSection(view, locale);
    case "sections":
      return renderToc(view.entries, locale);
    case "quote":
      return renderQuotes(view.result, locale);
    case "about":
      // One page per article: several embeds in one message could pass Discord's 6,000-character total.
      return lazy(view.articles.length, (i) => ({
        embeds: [aboutEmbed(view.articles[i] as Article, view.entries, locale)],
      }));
    case "help":
      return visible([{ embeds: [helpEmbed(view.commands, locale)] }]);
    case "problem":
    case "notice": {
      const said = view.kind === "problem" ? view.problem : view.notice;
      const values = Object.fromEntries(
        Object.entries(said.values).map(([k, v]) => [k, typeof v === "string" ? echo(v) : v]),
      );
      return hint(phraseMd(locale, said.phrase, values));
    }
  }
}

/** A message's content as Discord takes it: markup, cut to the message limit. */
export function content(value: Markup): string {
  return toText(truncateMarkup(value, MAX_MESSAGE_CONTENT));
}

interface EmbedParts {
  readonly title: Markup;
  readonly description?: Markup;
  readonly fields?: readonly { name: Markup; value: Markup; inline?: boolean }[];
  readonly footer?: Markup;
}

/** An embed from markup only, each part cut to Discord's limit for it. */
function embed(parts: EmbedParts): APIEmbed {
  return {
    color: COLOR,
    title: toText(truncateMarkup(parts.title, MAX_EMBED_TITLE)),
    ...(parts.description
      ? { description: toText(truncateMarkup(parts.description, MAX_EMBED_DESCRIPTION)) }
      : {}),
    ...(parts.fields
      ? {
          fields: parts.fields.map((f) => ({
            name: toText(truncateMarkup(f.name, MAX_FIELD_NAME)),
            value: toText(truncateMarkup(f.value, MAX_FIELD_VALUE)),
            ...(f.inline ? { inline: true } : {}),
          })),
        }
      : {}),
    ...(parts.footer ? { footer: { text: toText(truncateMarkup(parts.footer, MAX_EMBED_FOOTER)) } } : {}),
  };
}

function visible(pages: Page[]): RenderedView {
  return lazy(pages.length, (i) => pages[i] as Page);
}

/** A visible answer of `pageCount` pages, each rendered by `render` when it is asked for. */
function lazy(pageCount: number, render: (index: number) => Page): RenderedView {
  return { pageCount, details: false, ephemeral: false, page: (index) => render(index) };
}

/** A private one-line answer (hints, problems), with embeds if any. */
function hint(text: Markup, embeds: APIEmbed[] = []): RenderedView {
  const page = { content: content(text), embeds };
  return { pageCount: 1, details: false, ephemeral: true, page: () => page };
}

function renderAsk(view: Extract<View, { kind: "ask" }>, locale: Locale): RenderedView {
  const { result } = view;
  if (result.empty) return hint(phraseMd(locale, "emptyQuestion"));
  if (result.results.length === 0) return hint(phraseMd(locale, "noMatch", { query: echo(result.query) }));
  const multi = new Set(result.results.map((r) => r.article.id)).size > 1;
  const pageCount = Math.ceil(result.results.length / RESULTS_PER_PAGE);
  // Compact by default: the best sentence and where it stands; the whole passage on request.
  const page = (index: number, full: boolean): Page => {
    const results = result.results.slice(index * RESULTS_PER_PAGE, (index + 1) * RESULTS_PER_PAGE);
    const title = md`${phraseMd(locale, result.answered ? "answerTitle" : "notAnswered")}: ${echo(result.query)}`;
    // Passages that do not answer say so before anyone reads them as an answer.
    const related = result.answered ? md`` : md`*${phraseMd(locale, "relatedPassages")}*\n\n`;
    return {
      embeds: [
        embed({
          title,
          description: md`${related}${joinMarkup(
            results.map((r, i) => passageBlock(r, index * RESULTS_PER_PAGE + i + 1, multi, full)),
            "\n\n",
          )}`,
          ...footerOf(results[0]?.article, pageMarker(locale, index, pageCount)),
        }),
      ],
    };
  };
  return { pageCount, details: true, ephemeral: false, page };
}

/** One result: its attribution as a heading line, then its best sentence (compact) or the whole passage. */
function passageBlock(r: PassageResult, rank: number, showArticle: boolean, full: boolean): Markup {
  const article = showArticle ? md` — ${r.article.title}` : md``;
  const body = full ? passageExcerpt(r) : md`> ${bestSentence(r)}`;
  return md`**${rank}. ${r.passage.sectionTitle} · ¶${r.passage.paragraph}**${article}\n${body}`;
}

/** The best sentence alone, its matched words underlined. */
function bestSentence(r: PassageResult): Markup {
  const { start, end } = r.bestSentence;
  const words = r.highlights
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: h.start - start, end: h.end - start }));
  return truncateMarkup(markSpans(r.passage.text.slice(start, end), undefined, words), MAX_PASSAGE_CHARS);
}

/** The marked passage; a very long one is cut around its best sentence so the answer stays visible. */
function passageExcerpt(r: PassageResult): Markup {
  const marked = markSpans(r.passage.text, r.bestSentence, r.highlights);
  if (toText(marked).length <= MAX_PASSAGE_CHARS) return marked;
  const sentence = r.passage.text.slice(r.bestSentence.start, r.bestSentence.end);
  return truncateMarkup(md`… **${sentence}** …`, MAX_PASSAGE_CHARS);
}

/** Quotes a page at a time, each exact, with its speaker and where it stands. */
function renderQuotes(result: QuoteResult, locale: Locale): RenderedView {
  const who = result.speaker?.name;
  if (!result.query) return hint(phraseMd(locale, "emptyQuote"));
  if (result.quotes.length === 0) {
    if (!who || result.mentions.length === 0)
      return hint(phraseMd(locale, "noQuote", { query: echo(result.query) }));
    const description = joinMarkup(
      result.mentions.map(
        (p) =>
          md`**${p.sectionTitle} · ¶${p.paragraph}**\n${truncateMarkup(escapeText(p.text), MAX_MENTION_CHARS)}`,
      ),
      "\n\n",
    );
    return visible([
      { embeds: [embed({ title: phraseMd(locale, "notQuoted", { name: who }), description })] },
    ]);
  }
  const { query, quotes } = result;
  const pageCount = Math.ceil(quotes.length / QUOTES_PER_PAGE);
  return lazy(pageCount, (page) => ({
    embeds: [
      embed({
        title: who
          ? phraseMd(locale, "quotesBy", { name: who })
          : phraseMd(locale, "quotesAbout", { query: echo(query) }),
        description: joinMarkup(
          quotes
            .slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE)
            .map((q, i) => quoteLine(q, page * QUOTES_PER_PAGE + i + 1, !who, locale)),
          "\n\n",
        ),
        ...footerOf(undefined, pageMarker(locale, page, pageCount)),
      }),
    ],
  }));
}

/** `1. „…“ — Speaker · Section · ¶n`; indirect speech is marked as such. */
function quoteLine(q: Quote, rank: number, showSpeaker: boolean, locale: Locale): Markup {
  const text = truncateMarkup(escapeText(q.text), MAX_QUOTE_CHARS);
  const body = q.kind === "direct" ? md`„${text}“` : md`${text} *(${phraseMd(locale, "indirect")})*`;
  const speaker = showSpeaker ? md` — **${q.speaker ?? phraseMd(locale, "unattributed")}**` : md``;
  return md`**${rank}.** ${body}${speaker}\n${q.sectionTitle} · ¶${q.paragraph}`;
}

function renderSection(view: Extract<View, { kind: "section" }>, locale: Locale): RenderedView {
  const { result } = view;
  if (!result.match) {
    const text = result.query
      ? phraseMd(locale, "noSection", { query: echo(result.query) })
      : phraseMd(locale, "emptySection");
    return hint(text, result.alternatives.length > 0 ? [tocEmbed(result.alternatives, locale)] : []);
  }
  const { article, section, number } = result.match;
  const { alternatives } = result;
  const pageCount = section.paragraphs.length;
  return lazy(pageCount, (i) => ({
    embeds: [
      embed({
        title: number === null ? escapeText(section.title) : md`${number}. ${section.title}`,
        description: paragraphPage(section, i),
        ...(alternatives.length > 0 && i === 0
          ? {
              fields: [
                {
                  name: phraseMd(locale, "alsoSections"),
                  value: joinMarkup(
                    alternatives.map((a) => escapeText(a.section.title)),
                    " · ",
                  ),
                },
              ],
            }
          : {}),
        ...footerOf(article, pageMarker(locale, i, pageCount)),
      }),
    ],
  }));
}

/** Page `index` of a section, one paragraph a page within `limit`: the section opens on its first paragraph. */
function paragraphPage(section: Section, index: number, limit = MAX_EMBED_DESCRIPTION): Markup {
  const p = section.paragraphs[index];
  return p ? truncateMarkup(md`**¶${p.number}** ${p.text}`, limit) : md``;
}

/**
 * Articles per page of a table of contents over several articles: a news article's contents are
 * some ten lines, so a page stays well inside an embed's 4,096 characters however many articles
 * the corpus holds (the whole list of 1,000 would be cut off at the limit after a few dozen).
 */
const TOC_ARTICLES_PER_PAGE = 5;

/** The table of contents, a page of `TOC_ARTICLES_PER_PAGE` articles at a time, rendered when shown. */
function renderToc(entries: readonly TocEntry[], locale: Locale): RenderedView {
  const articles = [...new Map(entries.map((e) => [e.article.id, e.article])).values()];
  const pageCount = Math.max(1, Math.ceil(articles.length / TOC_ARTICLES_PER_PAGE));
  return lazy(pageCount, (i) => {
    const shown = new Set(articles.slice(i * TOC_ARTICLES_PER_PAGE, (i + 1) * TOC_ARTICLES_PER_PAGE));
    const own = entries.filter((e) => shown.has(e.article));
    return { embeds: [tocEmbed(own, locale, articles.length > 1, pageMarker(locale, i, pageCount))] };
  });
}

/** Contents as one embed; `several`: the corpus has several articles (each gets its title), as these entries do unless told. */
function tocEmbed(
  entries: readonly TocEntry[],
  locale: Locale,
  several?: boolean,
  marker?: Markup,
): APIEmbed {
  const articles = [...new Map(entries.map((e) => [e.article.id, e.article])).values()];
  const titled = several ?? articles.length > 1;
  const line = (e: TocEntry) => {
    const count = e.section.paragraphs.length;
    const size = count === 1 ? phraseMd(locale, "paragraph") : phraseMd(locale, "paragraphs", { n: count });
    return md`**${e.number ?? "–"}.** ${e.section.title} — ${size}`;
  };
  // With several articles, each gets its own block under its title: numbers restart per article.
  const blocks = articles.map((a) => {
    const lines = entries.filter((e) => e.article.id === a.id).map(line);
    return titled ? joinMarkup([md`__${a.title}__`, ...lines], "\n") : joinMarkup(lines, "\n");
  });
  return embed({
    title: phraseMd(locale, "sectionsTitle"),
    description: joinMarkup(blocks, "\n\n"),
    ...(titled ? (marker ? { footer: marker } : {}) : footerOf(articles[0])),
  });
}

function aboutEmbed(article: Article, entries: readonly TocEntry[], locale: Locale): APIEmbed {
  const own = entries.filter((e) => e.article.id === article.id);
  const paragraphs = own.reduce((n, e) => n + e.section.paragraphs.length, 0);
  const fields = [
    { name: phraseMd(locale, "aboutDate"), value: escapeText(article.date), inline: true },
    { name: phraseMd(locale, "aboutSource"), value: escapeText(article.source), inline: true },
    {
      name: phraseMd(locale, "aboutCounts"),
      value: phraseMd(locale, "aboutCountsValue", { sections: own.length, paragraphs }),
      inline: true,
    },
    ...(article.photo
      ? [
          {
            name: phraseMd(locale, "aboutPhoto"),
            value: md`${article.photo.caption} (${article.photo.credit})`,
          },
        ]
      : []),
    {
      name: phraseMd(locale, "sectionsTitle"),
      value: joinMarkup(
        own.map((e) => md`${e.number ?? "–"}. ${e.section.title}`),
        "\n",
      ),
    },
  ];
  return embed({ title: escapeText(article.title), fields, ...footerOf(article) });
}

function helpEmbed(commands: readonly HelpEntry[], locale: Locale): APIEmbed {
  const lines = commands.map((c) => {
    const name = declaredText(locale, "command", c.name, "name");
    const option = c.option ? ` <${declaredText(locale, "option", c.option, "name")}>` : "";
    return md`**/${name}${option}** — ${declaredText(locale, "command", c.name, "description")}`;
  });
  return embed({
    title: phraseMd(locale, "helpTitle"),
    description: joinMarkup(
      [...lines, md``, phraseMd(locale, "helpMention"), phraseMd(locale, "helpMenu")],
      "\n",
    ),
  });
}

/** The page marker of a paged answer (`Page 2/3`), none for a single page. */
function pageMarker(locale: Locale, page: number, pages: number): Markup | undefined {
  return pages > 1 ? phraseMd(locale, "page", { page: page + 1, pages }) : undefined;
}

/** The article in the footer: `title · date · source`, with a page marker when paged. */
function footerOf(article: Article | undefined, extra?: Markup): { footer?: Markup } {
  const parts = article ? [article.title, article.date, article.source].map(escapeText) : [];
  if (extra) parts.push(extra);
  return parts.length > 0 ? { footer: joinMarkup(parts, " · ") } : {};
}

/** What the user typed, safe to echo: on one line, bounded (and escaped wherever it is interpolated). */
function echo(text: string): string {
  return truncateWords(text.replace(/[\r\n]+/g, " "), MAX_ECHO);
}
