/**
 * Finds quotation-mark pairs in a paragraph: „…“, "…", »…«, «…», “…”, and nested ‚…‘ / ›…‹.
 * Straight quotes open and close with the same character, so whether a `"` opens or closes is read
 * from the characters around it; `‘` and `’` inside a word are apostrophes, not closing marks.
 */
import { foldWord } from "../analysis/normalize.ts";

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  /** Offsets of the quoted words: the text between the marks without surrounding white space. */
  readonly start: number;
  readonly end: number;
  /** 0 for a top-level quote, 1 inside another quote, … */
  readonly depth: number;
  /** Index of the enclosing span, or -1. */
  readonly parent: number;
}

interface Open {
  readonly at: number;
  readonly closers: string;
}

// Opening mark → the marks that may close it. `»`/`«` and `›`/`‹` work in either direction
// (German »…«, Swiss «…»); the first one seen decides.
const OPENERS: Record<string, string> = {
  "„": "“”",
  "“": "”",
  "»": "«",
  "«": "»",
  "‚": "‘’",
  "›": "‹",
  "‹": "›",
  '"': '"',
};
const MARKS = /["„“”»«‚‘’›‹]/g;

/** Whether the mark at `i` can open a quote: nothing or a space/bracket before it, a word after it. */
function openerShaped(text: string, i: number): boolean {
  const before = i === 0 ? " " : (text[i - 1] ?? " ");
  const after = text[i + 1];
  return after !== undefined && !/\s/.test(after) && /[\s([{\u2013\u2014/:;,>„“"»«‚›‹-]/.test(before);
}

/** Whether the mark at `i` can close a quote: a word or punctuation before it, no letter right after. */
function closerShaped(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !/\s/.test(before) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/** Every well-formed quotation in `text`, in order of their opening marks. Never throws. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const stack: Open[] = [];
  const pairs: { open: number; close: number }[] = [];
  for (const match of text.matchAll(MARKS)) {
    const i = match.index ?? 0;
    const mark = match[0];
    const closing = findCloser(stack, mark, text, i);
    if (closing >= 0) {
      const opened = stack[closing];
      stack.length = closing;
      if (opened) pairs.push({ open: opened.at, close: i });
      continue;
    }
    const closers = OPENERS[mark];
    // A lone ‘ or ’ is an apostrophe (geht’s, Andreas’); English single quotes are not German news style.
    if (closers && openerShaped(text, i)) stack.push({ at: i, closers });
  }
  return withDepth(text, pairs);
}

/** Index in `stack` of the quote `mark` closes, or -1; an unclosed quote above it is dropped. */
function findCloser(stack: readonly Open[], mark: string, text: string, i: number): number {
  if (!closerShaped(text, i)) return -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k];
    if (!open?.closers.includes(mark)) continue;
    // Only reach past an open straight or single quote (likely an apostrophe), never past „ or ».
    const skipped = stack.slice(k + 1);
    if (skipped.every((s) => /["‚›‹]/.test(text[s.at] ?? ""))) return k;
    return -1;
  }
  return -1;
}

// Quotes nest two deep in real text („… ‚…‘ …“); deeper pairs are left as text of their parent.
const MAX_DEPTH = 2;

function withDepth(text: string, pairs: readonly { open: number; close: number }[]): QuoteSpan[] {
  const sorted = [...pairs].sort((a, b) => a.open - b.open);
  const spans: QuoteSpan[] = [];
  const enclosing: number[] = [];
  for (const pair of sorted) {
    while (enclosing.length > 0 && (spans[enclosing.at(-1) ?? 0]?.close ?? 0) < pair.open) enclosing.pop();
    let start = pair.open + 1;
    let end = pair.close;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (start >= end || enclosing.length > MAX_DEPTH) continue;
    const parent = enclosing.at(-1) ?? -1;
    spans.push({ open: pair.open, close: pair.close, start, end, depth: enclosing.length, parent });
    enclosing.push(spans.length - 1);
  }
  return spans;
}

/**
 * Whether a quoted span is a name or a term rather than speech: it follows a noun like Initiative,
 * Verein, Partei (or "sogenannt"), or it is a short run of capitalised words and the sentence has
 * no reporting verb (`die Bürgerinitiative „Gegenwind Ellertal“`).
 */
export function isNameSpan(
  text: string,
  span: QuoteSpan,
  reportingVerbNearby: boolean,
  titles: readonly string[],
): boolean {
  const before = text.slice(Math.max(0, span.open - 40), span.open).match(/[\p{L}\p{M}-]+/gu) ?? [];
  const last = before.at(-1) ?? "";
  const folded = foldWord(last);
  if (/^sogenannt/.test(folded) || (/^genannt/.test(folded) && foldWord(before.at(-2) ?? "") === "so"))
    return true;
  // A name or title starts with a capital or a digit: "das Projekt „im Eiltempo durchgedrückt“" is speech.
  const capitalised = /^[\p{Lu}\p{N}]/u.test(text.slice(span.start, span.end));
  if (
    capitalised &&
    /^\p{Lu}/u.test(last) &&
    titles.some((n) => folded === n || (folded.endsWith(n) && folded.length - n.length >= 3))
  )
    return true;
  const words = text.slice(span.start, span.end).split(/\s+/);
  if (words.some((w) => /[,.!?;:]$/.test(w))) return false;
  const small = /^(der|die|das|des|und|für|von|vom|im|in|am|an|auf|zu|zum|zur|&|-)$/;
  const titleCase = words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small.test(w));
  // Two or more capitalised words ("Bild am Sonntag") make a name even beside "sagte";
  // one capitalised word is a quoted noun when a reporting verb is near ("von einem „Gebietstausch“ gesprochen").
  const capitals = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return titleCase && (capitals >= 2 || !reportingVerbNearby);
}
