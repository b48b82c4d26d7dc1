/**
 * The paragraph model the extractors work on: quotation spans (speech or name), and sentence
 * units whose tokens stand outside speech, with each top-level quotation as one placeholder token.
 */
import { type Span, splitSentences } from "../analysis/sentences.ts";
import { syntaxTokens } from "../analysis/tokenize.ts";
import { findQuoteSpans, isNameSpan, type QuoteSpan } from "./direct.ts";
import type { Lexicon, VerbForm } from "./lexicon.ts";

export interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index (into `ParagraphModel.spans`) of the quotation this token stands for, or -1. */
  readonly quote: number;
  readonly word: boolean;
  /** The reporting-verb forms the lexicon has for the word (before its particle is checked). */
  readonly verbs: readonly VerbForm[];
  /** 1 for a Konjunktiv I form, 2 for a distinct Konjunktiv II form, 0 otherwise. */
  readonly subjunctive: 0 | 1 | 2;
}

/** A sentence, or sentences a quotation runs across; the unit speech is attributed in. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  /** Tokens outside speech quotations, each speech quotation as one placeholder. */
  readonly toks: readonly Tok[];
}

export interface ParagraphModel {
  readonly text: string;
  readonly spans: readonly QuoteSpan[];
  /** Per span: whether it is speech (not a name, not inside a name). */
  readonly speech: readonly boolean[];
  readonly units: readonly Unit[];
}

/** Word and punctuation tokens of `text[from, to)`, with `opaque` spans as single placeholders. */
export function tokensOf(
  text: string,
  from: number,
  to: number,
  lexicon: Lexicon,
  opaque: readonly { index: number; span: QuoteSpan }[] = [],
): Tok[] {
  const toks: Tok[] = [];
  let at = from;
  const inside = opaque.filter((o) => o.span.open < to && o.span.close >= from);
  for (const { index, span } of [...inside, { index: -1, span: undefined }]) {
    const stop = span ? Math.max(at, span.open) : to;
    for (const t of syntaxTokens(text, at, stop)) {
      const word = /[\p{L}\p{N}]/u.test(t.word);
      toks.push({
        text: t.word,
        start: t.start,
        end: t.end,
        quote: -1,
        word,
        ...lexical(t.word, word, lexicon),
      });
    }
    if (span) {
      const end = Math.min(to, span.close + 1);
      toks.push({
        text: text.slice(span.open, end),
        start: span.open,
        end,
        quote: index,
        word: false,
        ...NONE,
      });
      at = end;
    }
  }
  return toks;
}

const NONE = { verbs: [], subjunctive: 0 } as const;

/** What the lexicon says of a token's word. */
function lexical(text: string, word: boolean, lexicon: Lexicon): Pick<Tok, "verbs" | "subjunctive"> {
  if (!word) return NONE;
  const verbs = lexicon.verbs.get(text.toLowerCase()) ?? [];
  const subjunctive = lexicon.subjunctive1.has(text) ? 1 : lexicon.subjunctive2.has(text) ? 2 : 0;
  return verbs.length === 0 && subjunctive === 0 ? NONE : { verbs, subjunctive };
}

/** Reporting-verb forms of a token, if it is one (capitalised only at the start of a unit). */
export function verbForms(toks: readonly Tok[], i: number): readonly VerbForm[] {
  const tok = toks[i];
  if (!tok?.word) return [];
  if (/^\p{Lu}/u.test(tok.text) && i > 0) return [];
  return tok.verbs.filter((f) => !f.particle || hasParticle(toks, i, f.particle));
}

/** Whether a separable particle follows in the same clause (before the sentence ends). */
function hasParticle(toks: readonly Tok[], i: number, particle: string): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    // A quotation may stand between verb and particle: "warf ihm „Panikmache“ vor".
    if (!t || /^[.!?;:]$/.test(t.text)) return false;
    if (t.text === particle) return true;
  }
  return false;
}

/** Whether any token of `toks` is a reporting verb. */
export function hasReportingVerb(toks: readonly Tok[]): boolean {
  return toks.some((_, i) => verbForms(toks, i).length > 0);
}

interface Indexed {
  readonly index: number;
  readonly span: QuoteSpan;
}

/** The quotes of `sorted` (in text order, not overlapping) that reach into [from, to). */
function overlapping(sorted: readonly Indexed[], from: number, to: number): Indexed[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.span.close ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const found: Indexed[] = [];
  for (let k = lo; k < sorted.length && (sorted[k]?.span.open ?? to) < to; k++) {
    const q = sorted[k];
    if (q) found.push(q);
  }
  return found;
}

/** Builds the model of one paragraph. Never throws; linear in the number of quotes per sentence. */
export function modelParagraph(
  text: string,
  lexicon: Lexicon,
  sentences: readonly Span[] = splitSentences(text),
): ParagraphModel {
  const spans = findQuoteSpans(text);
  const top = spans.map((span, index) => ({ index, span })).filter((q) => q.span.depth === 0);
  const children = new Map<number, Indexed[]>();
  spans.forEach((span, index) => {
    if (span.parent >= 0) children.set(span.parent, [...(children.get(span.parent) ?? []), { index, span }]);
  });
  // Whether a reporting verb stands in a sentence (or a quote) outside any quotation inside it.
  const sentenceVerb = new Map<number, boolean>();
  const quoteVerb = new Map<number, boolean>();
  const verbInSentence = (k: number) => {
    let known = sentenceVerb.get(k);
    if (known === undefined) {
      const s = sentences[k] ?? { start: 0, end: text.length };
      known = hasReportingVerb(tokensOf(text, s.start, s.end, lexicon, overlapping(top, s.start, s.end)));
      sentenceVerb.set(k, known);
    }
    return known;
  };
  const verbInQuote = (parent: number) => {
    let known = quoteVerb.get(parent);
    const p = spans[parent];
    if (known === undefined && p) {
      known = hasReportingVerb(tokensOf(text, p.start, p.end, lexicon, children.get(parent) ?? []));
      quoteVerb.set(parent, known);
    }
    return known ?? false;
  };
  const speech = spans.map(() => true);
  let k = 0;
  spans.forEach((span, i) => {
    if (span.depth > 0 && !speech[span.parent]) {
      speech[i] = false;
      return;
    }
    // Spans come in order of their opening marks, so the sentence pointer only moves forward.
    while (k < sentences.length - 1 && (sentences[k]?.end ?? 0) <= span.open) k++;
    const nearby = verbInSentence(k) || (span.depth > 0 && verbInQuote(span.parent));
    if (isNameSpan(text, span, nearby, lexicon.titleNouns)) speech[i] = false;
  });
  const opaque = top.filter((q) => speech[q.index]);
  const units: Unit[] = [];
  const bounds: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const last = bounds.at(-1);
    const joined = last !== undefined && overlapping(opaque, s.start, last.end).length > 0;
    const start = joined && last ? last.start : s.start;
    const reach = overlapping(opaque, start, s.end).map((q) => q.span.close + 1);
    const end = Math.max(s.end, ...reach.slice(-1));
    if (joined) bounds.pop();
    bounds.push({ start, end });
  }
  for (const b of bounds)
    units.push({ ...b, toks: tokensOf(text, b.start, b.end, lexicon, overlapping(opaque, b.start, b.end)) });
  return { text, spans, speech, units };
}
