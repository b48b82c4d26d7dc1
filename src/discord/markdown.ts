/**
 * Discord markdown that cannot be forgotten to escape. A `Markup` is text Discord may render as
 * markdown; the only ways to make one are the `md` template (whose interpolated strings are
 * escaped, while interpolated `Markup` is kept), `escapeText`, and `phraseMd` (our own phrase
 * templates, their values escaped). Embeds and messages take `Markup`, so passing echoed text
 * unescaped is a type error.
 */
import { fillPlaceholders, LOCALES, type Locale, type PhraseKey } from "../views/locales/index.ts";
import { markText } from "../views/marks.ts";
import { truncateWords, wellFormed } from "../views/truncate.ts";
import { escapeMarkdownLinear } from "./escape-markdown.ts";

const TEXT = Symbol("markup");

/** Text that is safe to send as Discord markdown. */
export interface Markup {
  readonly [TEXT]: string;
}

/** What an `md` template or a phrase takes: strings and numbers are escaped, markup is kept. */
export type MarkupValue = string | number | Markup;

function markup(text: string): Markup {
  return { [TEXT]: text };
}

/** Whether `value` is markup (and not text to escape). */
function isMarkup(value: unknown): value is Markup {
  return typeof value === "object" && value !== null && TEXT in value;
}

/** The markdown to send. */
export function toText(value: Markup): string {
  return value[TEXT];
}

/**
 * Text from the article or a user as markup that renders exactly as typed: every markdown
 * construct escaped, headings and lists included (discord.js's `escapeMarkdown` with those on, in
 * linear time: `escape-markdown.ts`); every `[` escaped, so no masked link can form, even when the
 * text is escaped in pieces (a matched word underlined inside `[…](…)`); mentions broken with a
 * zero-width space so none can ping or render as a mention; lone surrogates replaced, so the
 * payload is valid UTF-16.
 */
export function escapeText(text: string): Markup {
  let escaped = escapeMarkdownLinear(wellFormed(text));
  if (escaped.includes("[")) escaped = escaped.replaceAll("[", "\\[");
  if (escaped.includes("@")) escaped = escaped.replace(/@(everyone|here)/gi, "@\u200b$1");
  if (escaped.includes("<")) escaped = escaped.replace(/<(?=[@#/:]|a:)/g, "<\u200b");
  return markup(escaped);
}

/** A markdown template: `md\`**${title}**\`` escapes `title` unless it is already markup. */
export function md(strings: TemplateStringsArray, ...values: readonly MarkupValue[]): Markup {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += encode(value) + (strings[i + 1] ?? "");
  });
  return markup(out);
}

/** Markup joined with a separator that is itself markup (`"\n"`, `" · "`). */
export function joinMarkup(parts: readonly Markup[], separator: string): Markup {
  return markup(parts.map(toText).join(separator));
}

/** Markup cut to `max` characters at a word boundary (see truncateWords). */
export function truncateMarkup(value: Markup, max: number): Markup {
  return markup(truncateWords(toText(value), max));
}

/** Our own phrase as markup (its template may hold code marks); its values escaped unless markup. */
export function phraseMd(
  locale: Locale,
  key: PhraseKey,
  values: Readonly<Record<string, MarkupValue>> = {},
): Markup {
  const encoded = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, encode(value)]));
  return markup(fillPlaceholders(LOCALES[locale][key], encoded, (v) => v));
}

function encode(value: MarkupValue): string {
  return isMarkup(value) ? toText(value) : toText(escapeText(String(value)));
}

/** `text` with its best sentence in bold and the matched words underlined, everything else escaped. */
export function markSpans(
  text: string,
  sentence: { start: number; end: number } | undefined,
  words: readonly { start: number; end: number }[],
): Markup {
  return markup(
    markText(text, sentence, words, {
      sentence: ["**", "**"],
      word: ["__", "__"],
      escape: (piece) => toText(escapeText(piece)),
    }),
  );
}

/** A mention of one user (`<@id>`): the one piece of markup meant to ping, so only ever made from a user id. */
export function userMention(userId: string): Markup {
  if (!/^\d{1,20}$/.test(userId)) throw new Error(`userMention: "${userId}" is not a Discord user id`);
  return markup(`<@${userId}>`);
}
