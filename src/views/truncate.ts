/** Shortening text to a limit without cutting a word (Discord's limits are hard). */

/** `text` cut to at most `max` characters at a word boundary, with `…` when cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  const room = text.slice(0, max - 1);
  const atSpace = room.replace(/\s+\S*$/, "");
  // A single word longer than the room is cut after all, rather than dropped.
  const kept = atSpace.length > 0 && atSpace.length < room.length ? atSpace : room;
  return `${dropLoneSurrogate(kept).trimEnd()}…`;
}

// Cutting inside a surrogate pair would leave invalid UTF-16 in a Discord payload.
function dropLoneSurrogate(text: string): string {
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}

/** `text` with every lone surrogate replaced by U+FFFD, so it is valid UTF-16 (and valid in a JSON payload). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
