/** Splits text into word tokens with their offsets, so matches can be highlighted in the original. */

export interface Token {
  /** The word as written. */
  readonly word: string;
  /** UTF-16 offsets into the text: `text.slice(start, end) === word`. */
  readonly start: number;
  readonly end: number;
}

// Letters, marks and digits; hyphens and apostrophes split (`US-Präsident` → `US`, `Präsident`).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** All word tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ word: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

// For parsing rather than search: words keep their inner hyphens, apostrophes and dots
// (`US-Präsident`, `O’Brien`, `Dr.`), and every punctuation mark is a token of its own.
const SYNTAX_TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * The tokens of `text[from, to)` for parsing (quote attribution): whole hyphenated words and
 * punctuation marks, with offsets into `text`.
 */
export function syntaxTokens(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(SYNTAX_TOKEN)) {
    const start = from + (match.index ?? 0);
    tokens.push({ word: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** Just the words of `text`: the minisearch `tokenize` hook. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
