/**
 * Discord markdown escaping in linear time, with exactly the output of discord.js
 * `escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink })`.
 *
 * discord.js escapes in passes, one regular expression each; the italic, underline and masked-link
 * expressions look behind (or scan ahead) across the whole line for every `*`, `_` and `[`, which
 * makes them quadratic in the text's length (8 ms at 4,000 characters). Here each of those passes
 * is a single scan that carries what the look-behind would find as state, and the others keep
 * their (linear) expressions; passes whose characters are absent are skipped, and text with no
 * markdown-significant character comes back unchanged. The passes run in discord.js's order, each
 * on the previous one's output, so the result is the same for every input (a property test holds
 * the two side by side).
 */

/** Whether a masked link `[text](url)` gets its `[` escaped (discord.js's `maskedLink` option). */
export interface EscapeOptions {
  readonly maskedLink?: boolean;
}

/** A character some pass would act on: when none is present, the text is returned as it is. */
const SIGNIFICANT = /[\\`*_~|#[-]|^ *\d+\./m;

/** The escaped text (see the module comment). */
export function escapeMarkdownLinear(text: string, options: EscapeOptions = {}): string {
  if (!SIGNIFICANT.test(text)) return text;
  let res = text;
  if (res.includes("\\")) res = res.replaceAll("\\", "\\\\");
  if (res.includes("`")) res = escapeBackticks(res);
  if (res.includes("*")) res = escapeItalic(res, "*");
  if (res.includes("_")) res = escapeItalic(res, "_");
  if (res.includes("**")) res = escapeBold(res);
  if (res.includes("__")) res = escapeUnderline(res);
  if (res.includes("~~")) res = res.replaceAll("~~", "\\~\\~");
  if (res.includes("||")) res = res.replaceAll("||", "\\|\\|");
  if (res.includes("#")) res = res.replaceAll(/^( {0,2})([*-] )?( *)(#{1,3} )/gm, "$1$2$3\\$4");
  if (res.includes("*") || res.includes("-")) res = res.replaceAll(/^( *)([*-])( +)/gm, "$1\\$2$3");
  if (res.includes(".")) res = res.replaceAll(/^( *\d+)\./gm, "$1\\.");
  if (options.maskedLink && res.includes("](")) res = escapeMaskedLinks(res);
  return res;
}

const BACKTICK = 0x60;

/**
 * discord.js's inline-code pass, then its code-block pass: a run of one or two backticks gets each
 * escaped; a longer run gets each whole group of three escaped, the rest kept.
 */
function escapeBackticks(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== BACKTICK) {
      const next = text.indexOf("`", i);
      const end = next === -1 ? text.length : next;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) === BACKTICK) end++;
    const run = end - i;
    out += run <= 2 ? "\\`".repeat(run) : "\\`\\`\\`".repeat(Math.floor(run / 3)) + "`".repeat(run % 3);
    i = end;
  }
  return out;
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What a regular expression's `.` does not match. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * For every position p, which of the look-behinds of the italic and underline passes match text
 * ending at p (bit flags, one scan):
 * - EMOJI: `<a?:.+` (a custom emoji's `<:` or `<a:` earlier on the line, one character or more after it);
 * - URL: `https?:\/\/\S*` not preceded by `<` (a bare link earlier in the same run of non-space);
 * - URL_AFTER: `https?:\/\/\S+` (the same, preceded by anything, at least one character after `//`);
 * - TAG: `<[^\s:]+:\/[^\s>]*` and TAG1: `<[^\s:]:\/[^\s>]*` (one character between `<` and `:/`).
 */
const EMOJI = 1;
const URL = 2;
const URL_AFTER = 4;
const TAG = 8;
const TAG1 = 16;

function lookBehinds(text: string): Uint8Array {
  const flags = new Uint8Array(text.length + 1);
  let emojiColon = -1; // the first `:` of `<:`/`<a:` on this line
  let bareUrlEnd = -1; // where the first `http(s)://` not after `<` of this run of non-space ends
  let anyUrlEnd = -1; // the same for any `http(s)://`
  let firstLt = -1; // the first `<` of this run of characters that are neither space nor `:`
  let tagColon = -1; // the previous character, if a `:` that `<[^\s:]+` leads up to
  let tag1Colon = -1; // the previous character, if a `:` that `<[^\s:]` leads up to
  let tag = false; // inside `<[^\s:]+:/[^\s>]*`
  let tag1 = false; // inside `<[^\s:]:/[^\s>]*`
  for (let p = 0; p <= text.length; p++) {
    let f = 0;
    if (emojiColon !== -1 && emojiColon <= p - 2) f |= EMOJI;
    if (bareUrlEnd !== -1 && bareUrlEnd <= p) f |= URL;
    if (anyUrlEnd !== -1 && anyUrlEnd <= p - 1) f |= URL_AFTER;
    if (tag) f |= TAG;
    if (tag1) f |= TAG1;
    flags[p] = f;
    if (p === text.length) break;
    // Take in the character at p.
    const code = text.charCodeAt(p);
    if (isLineTerminator(code)) emojiColon = -1;
    else if (
      emojiColon === -1 &&
      code === 0x3a &&
      (text[p - 1] === "<" || (text[p - 1] === "a" && text[p - 2] === "<"))
    )
      emojiColon = p;
    const space = isSpace(code);
    if (space) {
      bareUrlEnd = -1;
      anyUrlEnd = -1;
    } else if (code === 0x2f && p >= 6 && text[p - 1] === "/" && text[p - 2] === ":") {
      const http = text.startsWith("http", p - 6) ? p - 6 : text.startsWith("https", p - 7) ? p - 7 : -1;
      if (http !== -1) {
        if (anyUrlEnd === -1) anyUrlEnd = p + 1;
        if (bareUrlEnd === -1 && text[http - 1] !== "<") bareUrlEnd = p + 1;
      }
    }
    const slashAfterTag = code === 0x2f && tagColon !== -1;
    const slashAfterTag1 = code === 0x2f && tag1Colon !== -1;
    tagColon = -1;
    tag1Colon = -1;
    if (space || code === 0x3e) {
      tag = false;
      tag1 = false;
    }
    if (slashAfterTag) tag = true;
    if (slashAfterTag1) tag1 = true;
    if (space) firstLt = -1;
    else if (code === 0x3a) {
      if (firstLt !== -1 && firstLt <= p - 2) tagColon = p;
      if (p >= 2 && text[p - 2] === "<" && !isSpace(text.charCodeAt(p - 1)) && text[p - 1] !== ":")
        tag1Colon = p;
      firstLt = -1;
    } else if (code === 0x3c && firstLt === -1) firstLt = p;
  }
  return flags;
}

/** Whether `:\d+>` (an emoji's id) starts at `at`. */
function emojiIdAt(text: string, at: number): boolean {
  if (text[at] !== ":") return false;
  let i = at + 1;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i > at + 1 && text[i] === ">";
}

/**
 * discord.js's italic pass for `*` (`/(?<=^|[^*])(?<!(?<!<)https?:\/\/\S*|<[^\s:]+:\/[^\s>]*)\*([^*]|\*\*|$)/g`)
 * or for `_` (`/(?<=^|[^_])(?<!<a?:.+|(?<!<)https?:\/\/\S*|<[^\s:]:\/[^\s>]*)_(?!:\d+>)([^_]|__|$)/g`).
 */
function escapeItalic(text: string, mark: "*" | "_"): string {
  const flags = lookBehinds(text);
  const blocking = mark === "*" ? URL | TAG : EMOJI | URL | TAG1;
  let out = "";
  let copied = 0;
  let pairs = 0;
  let p = text.indexOf(mark);
  while (p !== -1) {
    let taken = 0;
    let replacement = "";
    if (
      (p === 0 || text[p - 1] !== mark) &&
      ((flags[p] ?? 0) & blocking) === 0 &&
      !(mark === "_" && emojiIdAt(text, p + 1))
    ) {
      if (p + 1 === text.length) {
        taken = 1;
        replacement = `\\${mark}`;
      } else if (text[p + 1] !== mark) {
        taken = 2;
        replacement = `\\${mark}${text[p + 1]}`;
      } else if (text[p + 2] === mark) {
        taken = 3;
        pairs++;
        replacement = pairs % 2 ? `\\${mark}${mark}${mark}` : `${mark}${mark}\\${mark}`;
      }
    }
    if (taken === 0) {
      p = text.indexOf(mark, p + 1);
      continue;
    }
    out += text.slice(copied, p) + replacement;
    copied = p + taken;
    p = text.indexOf(mark, copied);
  }
  return out + text.slice(copied);
}

/** discord.js's bold pass (`/\*\*(\*)?/g`): linear as it is. */
function escapeBold(text: string): string {
  let pairs = 0;
  return text.replaceAll(/\*\*(\*)?/g, (_, third: string | undefined) => {
    if (!third) return "\\*\\*";
    pairs++;
    return pairs % 2 ? "*\\*\\*" : "\\*\\**";
  });
}

/** discord.js's underline pass (`/(?<!<a?:.+|https?:\/\/\S+)__(_)?(?!:\d+>)/g`). */
function escapeUnderline(text: string): string {
  const flags = lookBehinds(text);
  let out = "";
  let copied = 0;
  let triples = 0;
  let p = text.indexOf("__");
  while (p !== -1) {
    let taken = 0;
    let replacement = "";
    if (((flags[p] ?? 0) & (EMOJI | URL_AFTER)) === 0) {
      if (text[p + 2] === "_" && !emojiIdAt(text, p + 3)) {
        taken = 3;
        triples++;
        replacement = triples % 2 ? "_\\_\\_" : "\\_\\__";
      } else if (!emojiIdAt(text, p + 2)) {
        taken = 2;
        replacement = "\\_\\_";
      }
    }
    if (taken === 0) {
      p = text.indexOf("__", p + 1);
      continue;
    }
    out += text.slice(copied, p) + replacement;
    copied = p + taken;
    p = text.indexOf("__", copied);
  }
  return out + text.slice(copied);
}

/**
 * discord.js's masked-link pass (`/\[.+]\(.+\)/gm` → `\` before the match). On each line the match
 * starts at the first `[` that has a `](` two characters or more after it, followed by a `)` two
 * characters or more after that, and (greedy) runs to the line's last `)`: at most one per line.
 */
function escapeMaskedLinks(text: string): string {
  let out = "";
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
    const line = text.slice(start, end);
    const lastClose = line.lastIndexOf(")");
    const linkMiddle = lastClose >= 3 ? line.lastIndexOf("](", lastClose - 3) : -1;
    const open = linkMiddle >= 2 ? line.indexOf("[") : -1;
    out += open !== -1 && open <= linkMiddle - 2 ? `${line.slice(0, open)}\\${line.slice(open)}` : line;
    if (end < text.length) out += text[end];
    start = end + 1;
  }
  return out;
}
