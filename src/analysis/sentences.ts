/**
 * German sentence boundaries, as offsets into a paragraph. Rule-based: a sentence ends at `.`, `!`,
 * `?` or `…` (with any closing quotes) before white space and a capital, an opening quote or a
 * digit, unless the full stop belongs to an abbreviation (`z.B.`, `Dr.`, `U.S.`) or an ordinal (`15. August`).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  "abs bzw ca chr dr dt evtl ggf hl inkl jh jhd jr kap mio mrd nr prof rd sog st str tel usw vgl vs zb zt ua uä etc mr mrs ms gen lt sen".split(
    " ",
  ),
);
const BOUNDARY = /[.!?…]+["'“”„»«‘’‚›‹)]*(?=\s+["'“”„»«‘’‚›‹(]?[\p{Lu}\p{N}])/gu;

/** Sentence spans of `text`, covering it from the first to the last non-space character. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end <= start || !isRealBoundary(text, match.index ?? 0)) continue;
    spans.push({ start, end });
    start = skipSpace(text, end);
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function isRealBoundary(text: string, markAt: number): boolean {
  if (text[markAt] !== ".") return true;
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, markAt - 20), markAt))?.[1] ?? "";
  const word = before.replace(/\./g, "").toLowerCase();
  if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || before.includes(".")) return false;
  // "15. August", "3. Liga": one to three digits before a full stop are an ordinal; a year ends a sentence.
  if (/^\d{1,3}$/.test(word)) return false;
  return true;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}
