/** Small text helpers shared by the importer and the corpus parser. */

/** Normalises line endings and Unicode composition so offsets and comparisons are stable. */
export function normaliseSource(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/** Folds runs of white space inside a paragraph to single spaces. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** URL- and file-safe slug of at most `maxWords` words, umlauts spelt out. */
export function slugify(text: string, maxWords = 6): string {
  const folded = text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  return words.slice(0, maxWords).join("-");
}
