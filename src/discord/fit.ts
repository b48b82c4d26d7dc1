/**
 * The one guard every outgoing payload passes (messages, edits, autocomplete choices): whatever
 * the article or the user's text, what is sent is inside Discord's limits, so Discord never
 * answers 400. A payload already inside them is returned unchanged. Text is cut at a word
 * boundary with `…`, markdown the cut opened (`**`, `__`, `*`, `_`, `~~`, `||`, `` ` ``) is
 * closed again, no escape is left dangling, and lone surrogates become U+FFFD (Discord refuses
 * invalid UTF-16). Pure functions: the adapter calls them where it sends.
 */
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIButtonComponent,
  APIEmbed,
} from "discord.js";
import { truncateWords, wellFormed } from "../views/truncate.ts";
import {
  MAX_ACTION_ROWS,
  MAX_BUTTON_LABEL,
  MAX_CHOICE_LENGTH,
  MAX_CHOICES,
  MAX_CUSTOM_ID,
  MAX_EMBED_AUTHOR,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_EMBEDS,
  MAX_EMBEDS_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_MESSAGE_CONTENT,
  MAX_ROW_BUTTONS,
} from "./limits.ts";

/** The parts of a message payload Discord limits; everything else passes through untouched. */
export interface Payload {
  readonly content?: string | undefined;
  readonly embeds?: readonly APIEmbed[] | undefined;
  readonly components?: readonly APIActionRowComponent<APIButtonComponent>[] | undefined;
}

/** `payload` within Discord's message limits (content, embeds, buttons); unchanged when it already is. */
export function fitMessage<T extends Payload>(payload: T): T {
  return {
    ...payload,
    ...(payload.content !== undefined ? { content: fitMarkdown(payload.content, MAX_MESSAGE_CONTENT) } : {}),
    ...(payload.embeds ? { embeds: fitEmbeds(payload.embeds) } : {}),
    ...(payload.components ? { components: fitComponents(payload.components) } : {}),
  };
}

/**
 * At most 25 choices, each name and value 1–100 characters of valid UTF-16. Choices are plain
 * text: cut at a word boundary; one left empty is dropped (Discord refuses the whole answer).
 */
export function fitChoices(
  choices: readonly APIApplicationCommandOptionChoice<string>[],
): APIApplicationCommandOptionChoice<string>[] {
  return choices
    .map((c) => ({
      ...c,
      name: fitPlain(c.name, MAX_CHOICE_LENGTH),
      value: fitPlain(c.value, MAX_CHOICE_LENGTH),
    }))
    .filter((c) => c.name.length > 0 && c.value.length > 0)
    .slice(0, MAX_CHOICES);
}

/** Plain text (labels, choices) as valid UTF-16 within `max`, cut at a word boundary. */
export function fitPlain(text: string, max: number): string {
  return truncateWords(wellFormed(text), max);
}

// Longest first, so `**` is read as bold and not as two italics.
const MARKERS = ["**", "__", "~~", "||", "*", "_", "`"] as const;

/**
 * Discord markdown within `max` characters: unchanged if it fits (lone surrogates aside), else cut
 * at a word boundary, ended with `…`, the markers still open at the cut closed in reverse order.
 */
export function fitMarkdown(text: string, max: number): string {
  const valid = wellFormed(text);
  if (valid.length <= max) return valid;
  if (max <= 0) return "";
  let room = max - 1;
  for (;;) {
    const kept = withoutDanglingEscape(cutAtWord(valid, room).trimEnd()).trimEnd();
    const closers = openMarkers(kept).reverse().join("");
    const fitted = `${kept}…${closers}`;
    if (fitted.length <= max) return fitted;
    room = Math.max(0, Math.min(room - 1, kept.length - (fitted.length - max)));
  }
}

/** The first `room` characters, ending at a word boundary when one is in reach, never inside a surrogate pair. */
function cutAtWord(text: string, room: number): string {
  if (room <= 0) return "";
  const head = text.slice(0, room + 1);
  // The character after the cut is white space: the cut is at a word boundary already.
  if (/\s$/.test(head)) return head.slice(0, room);
  const slice = head.slice(0, room);
  const atSpace = slice.replace(/\s+\S*$/, "");
  const kept = atSpace.length > 0 && atSpace.length < slice.length ? atSpace : slice;
  return /[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept;
}

/** A trailing odd run of backslashes would escape whatever follows (the `…`): drop the last one. */
function withoutDanglingEscape(text: string): string {
  const run = /\\+$/.exec(text)?.[0].length ?? 0;
  return run % 2 === 1 ? text.slice(0, -1) : text;
}

/** The markdown markers `text` opens and does not close, outermost first (escapes and code respected). */
export function openMarkers(text: string): string[] {
  const open: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (open.at(-1) === "`") {
      // Inside code nothing is markup until the closing backtick.
      if (text[i] === "`") open.pop();
      i++;
      continue;
    }
    if (text[i] === "\\") {
      i += 2;
      continue;
    }
    const marker = MARKERS.find((m) => text.startsWith(m, i));
    if (!marker) {
      i++;
      continue;
    }
    if (open.at(-1) === marker) open.pop();
    else open.push(marker);
    i += marker.length;
  }
  return open;
}

/** Each embed within its field limits, at most 10, and all of them within 6,000 characters together. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, MAX_EMBEDS).map(fitEmbed);
  let over = fitted.reduce((n, e) => n + embedSize(e), 0) - MAX_EMBEDS_TOTAL;
  // Shrink from the last embed back, the longest texts first: descriptions, field values, the
  // footer, field names, the title; titles are kept longest because they say what the answer is.
  for (let i = fitted.length - 1; i >= 0 && over > 0; i--) {
    const embed = fitted[i] as APIEmbed;
    const shrink = (text: string | undefined, floor = 1): string | undefined => {
      if (text === undefined || over <= 0 || text.length <= floor) return text;
      const cut = fitMarkdown(text, Math.max(floor, text.length - over));
      over -= text.length - cut.length;
      return cut;
    };
    const description = shrink(embed.description, 0);
    const fields = embed.fields
      ?.map((f) => f)
      .reverse()
      .map((f) => ({ ...f, value: shrink(f.value) ?? "" }));
    const footerText = shrink(embed.footer?.text);
    const named = fields?.map((f) => ({ ...f, name: shrink(f.name) ?? "" })).reverse();
    const title = shrink(embed.title);
    const authorName = shrink(embed.author?.name);
    fitted[i] = {
      ...embed,
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(named ? { fields: named } : {}),
      ...(embed.footer && footerText !== undefined ? { footer: { ...embed.footer, text: footerText } } : {}),
      ...(embed.author && authorName !== undefined ? { author: { ...embed.author, name: authorName } } : {}),
    };
  }
  // Only reachable with more than 6,000 characters of one-character parts: drop trailing embeds.
  while (fitted.length > 1 && fitted.reduce((n, e) => n + embedSize(e), 0) > MAX_EMBEDS_TOTAL) fitted.pop();
  return fitted;
}

/** What Discord counts towards the 6,000 characters of a message's embeds. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: fitMarkdown(embed.title, MAX_EMBED_TITLE) } : {}),
    ...(embed.description !== undefined
      ? { description: fitMarkdown(embed.description, MAX_EMBED_DESCRIPTION) }
      : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.slice(0, MAX_EMBED_FIELDS).map((f) => ({
            ...f,
            // Discord refuses an empty field name or value; a zero-width space is the usual blank.
            name: fitMarkdown(f.name, MAX_FIELD_NAME) || "\u200b",
            value: fitMarkdown(f.value, MAX_FIELD_VALUE) || "\u200b",
          })),
        }
      : {}),
    ...(embed.footer
      ? { footer: { ...embed.footer, text: fitMarkdown(embed.footer.text, MAX_EMBED_FOOTER) } }
      : {}),
    ...(embed.author
      ? { author: { ...embed.author, name: fitPlain(embed.author.name, MAX_EMBED_AUTHOR) } }
      : {}),
  };
}

/**
 * At most 5 rows of 5 buttons, labels within 80 characters. A custom id over 100 cannot be cut (it
 * would route the click elsewhere), so its button is left out, and a row left empty with it.
 */
export function fitComponents(
  rows: readonly APIActionRowComponent<APIButtonComponent>[],
): APIActionRowComponent<APIButtonComponent>[] {
  return rows
    .map((row) => ({
      ...row,
      components: row.components
        .filter((b) => !("custom_id" in b) || b.custom_id.length <= MAX_CUSTOM_ID)
        .slice(0, MAX_ROW_BUTTONS)
        .map((b) =>
          "label" in b && b.label !== undefined ? { ...b, label: fitPlain(b.label, MAX_BUTTON_LABEL) } : b,
        ),
    }))
    .filter((row) => row.components.length > 0)
    .slice(0, MAX_ACTION_ROWS);
}
