/**
 * The paragraph model the extractors work on: quotation spans (speech or name), and sentence
 * units whose tokens stand outside speech, with each top-level quotation as one placeholder token.
 */
import { splitSentences } from "../analysis/sentences.ts";
import { findQuoteSpans, isNameSpan, type QuoteSpan } from "./direct.ts";
import { lexicon, type VerbForm } from "./lexicon.ts";

export interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index (into `ParagraphModel.spans`) of the quotation this token stands for, or -1. */
  readonly quote: number;
  readonly word: boolean;
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

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Word and punctuation tokens of `text[from, to)`, with `opaque` spans as single placeholders. */
export function tokensOf(
  text: string,
  from: number,
  to: number,
  opaque: readonly { index: number; span: QuoteSpan }[] = [],
): Tok[] {
  const toks: Tok[] = [];
  let at = from;
  const inside = opaque.filter((o) => o.span.open < to && o.span.close >= from);
  for (const { index, span } of [...inside, { index: -1, span: undefined }]) {
    const stop = span ? Math.max(at, span.open) : to;
    for (const m of text.slice(at, stop).matchAll(TOKEN)) {
      const start = at + (m.index ?? 0);
      toks.push({ text: m[0], start, end: start + m[0].length, quote: -1, word: /[\p{L}\p{N}]/u.test(m[0]) });
    }
    if (span) {
      const end = Math.min(to, span.close + 1);
      toks.push({ text: text.slice(span.open, end), start: span.open, end, quote: index, word: false });
      at = end;
    }
  }
  return toks;
}

/** Reporting-verb forms of a token, if it is one (capitalised only at the start of a unit). */
export function verbForms(toks: readonly Tok[], i: number): readonly VerbForm[] {
  const tok = toks[i];
  if (!tok?.word) return [];
  if (/^\p{Lu}/u.test(tok.text) && i > 0) return [];
  const forms = lexicon().verbs.get(tok.text.toLowerCase()) ?? [];
  return forms.filter((f) => !f.particle || hasParticle(toks, i, f.particle));
}

/** Whether a separable particle follows in the same clause (before the next quote or sentence end). */
function hasParticle(toks: readonly Tok[], i: number, particle: string): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    if (!t || t.quote >= 0 || /^[.!?;:]$/.test(t.text)) return false;
    if (t.text === particle) return true;
  }
  return false;
}

/** Whether any token of `toks` is a reporting verb. */
export function hasReportingVerb(toks: readonly Tok[]): boolean {
  return toks.some((_, i) => verbForms(toks, i).length > 0);
}

/** Builds the model of one paragraph. Never throws. */
export function modelParagraph(text: string): ParagraphModel {
  const spans = findQuoteSpans(text);
  const sentences = splitSentences(text);
  const allQuotes = spans.map((span, index) => ({ index, span })).filter((q) => q.span.depth === 0);
  const speech = spans.map(() => true);
  spans.forEach((span, i) => {
    if (span.depth > 0) {
      speech[i] = speech[span.parent] ?? false;
      if (!speech[i]) return;
    }
    const sentence = sentences.find((s) => s.start <= span.open && span.open < s.end) ?? {
      start: 0,
      end: text.length,
    };
    // The frame: the sentence without any quotation, so words inside quotes cannot count as verbs.
    const frameSpans = span.depth === 0 ? allQuotes : [{ index: i, span }];
    const frame = tokensOf(text, sentence.start, sentence.end, frameSpans);
    if (isNameSpan(text, span, hasReportingVerb(frame))) speech[i] = false;
  });
  // A name's nested quotes are part of the name.
  spans.forEach((span, i) => {
    if (span.depth > 0 && !speech[span.parent]) speech[i] = false;
  });
  const opaque = allQuotes.filter((q) => speech[q.index]);
  const units: Unit[] = [];
  for (const s of sentences) {
    const last = units.at(-1);
    const joined = last && opaque.some((q) => q.span.open < last.end && q.span.close >= s.start);
    const start = joined ? last.start : s.start;
    const end = Math.max(
      s.end,
      ...opaque.filter((q) => q.span.open < s.end && q.span.close >= start).map((q) => q.span.close + 1),
    );
    if (joined) units.pop();
    units.push({ start, end, toks: tokensOf(text, start, end, opaque) });
  }
  return { text, spans, speech, units };
}
