/** Places markers around spans of a text (best sentence, matched words) without breaking either. */
import type { Span } from "../analysis/sentences.ts";

export interface Markers {
  /** Wraps the best sentence. */
  readonly sentence: readonly [string, string];
  /** Wraps each matched word. */
  readonly word: readonly [string, string];
  /** Escapes a piece of the original text for the target medium (identity for plain text). */
  readonly escape: (text: string) => string;
}

/** `text` with the sentence and word spans wrapped in the given markers, the rest escaped. */
export function markText(
  text: string,
  sentence: Span | undefined,
  words: readonly Span[],
  markers: Markers,
): string {
  const spans = sentence ? [sentence, ...words] : words;
  const cuts = new Set<number>([0, text.length, ...spans.flatMap((s) => [s.start, s.end])]);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  let out = "";
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (sentence && from === sentence.start) out += markers.sentence[0];
    const piece = markers.escape(text.slice(from, to));
    const isWord = words.some((w) => w.start <= from && to <= w.end);
    out += isWord ? `${markers.word[0]}${piece}${markers.word[1]}` : piece;
    if (sentence && to === sentence.end) out += markers.sentence[1];
  }
  return out;
}
