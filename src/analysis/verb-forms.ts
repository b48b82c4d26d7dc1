/**
 * German verb forms that a suffix stemmer cannot reach: participles with `ge-` (`gedroht` ↔
 * `drohen`), separable verbs with the `ge`/`zu` inside (`ausgelaufen` ↔ `auslaufen`,
 * `auszuschließen` ↔ `ausschließen`). Works on folded words and returns the form without the
 * infix, for the stemmer to take from there.
 */

// Separable verb particles, longest first so `zusammen` wins over `zu`.
const PARTICLES = [
  "zusammen",
  "herunter",
  "zuruck",
  "hinaus",
  "heraus",
  "vorbei",
  "voraus",
  "weiter",
  "wieder",
  "hinzu",
  "heran",
  "herbei",
  "entgegen",
  "nieder",
  "durch",
  "statt",
  "teil",
  "fest",
  "fort",
  "hoch",
  "frei",
  "los",
  "weg",
  "nach",
  "vor",
  "auf",
  "aus",
  "bei",
  "ein",
  "mit",
  "ab",
  "an",
  "um",
  "zu",
  "dar",
  "her",
  "hin",
].sort((a, b) => b.length - a.length);

const SEPARABLE_PARTICIPLE = new RegExp(`^(${PARTICLES.join("|")})ge([a-z]{3,}(?:t|en))$`);
const SEPARABLE_ZU = new RegExp(`^(${PARTICLES.join("|")})zu([a-z]{3,}en)$`);
const PARTICIPLE = /^ge([a-z]{4,}(?:t|en))$/;

/** The word without its participle or `zu` infix (`ausgelaufen` → `auslaufen`), or undefined. */
export function verbBase(folded: string): string | undefined {
  const separable = SEPARABLE_PARTICIPLE.exec(folded) ?? SEPARABLE_ZU.exec(folded);
  if (separable) return `${separable[1]}${separable[2]}`;
  const participle = PARTICIPLE.exec(folded);
  return participle ? participle[1] : undefined;
}
