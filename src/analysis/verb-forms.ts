/**
 * German verb forms that a suffix stemmer cannot reach: participles with `ge-` (`gedroht` ↔
 * `drohen`), separable verbs with the `ge`/`zu` inside (`ausgelaufen` ↔ `auslaufen`,
 * `auszuschließen` ↔ `ausschließen`), and the changed stems of strong verbs (`traf`,
 * `getroffen` ↔ `treffen`; `Teilnahme` ↔ `teilnehmen`) from data/strong-verbs.de.txt.
 * Works on folded words and returns the infinitive-like base for the stemmer to take from there.
 */
import { ArticleBotError } from "../errors.ts";
import { dataLines } from "./data-files.ts";
import { foldWord } from "./normalize.ts";

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

const PARTICLE = `(${PARTICLES.join("|")})`;
const SEPARABLE_PARTICIPLE = new RegExp(`^${PARTICLE}ge([a-z]{3,}(?:t|en))$`);
const SEPARABLE_ZU = new RegExp(`^${PARTICLE}zu([a-z]{3,}en)$`);
const PARTICIPLE = /^ge([a-z]{4,}(?:t|en))$/;

/** Strong verb forms (folded) → their infinitive (folded). */
export type StrongVerbs = ReadonlyMap<string, string>;

/** Parses the strong-verb list; a malformed line throws with the file, line and fix. */
export function parseStrongVerbs(text: string, file: string): StrongVerbs {
  const forms = new Map<string, string>();
  for (const { line, text: entry } of dataLines(text)) {
    const [infinitive, list, extra] = entry.split("=").map((s) => s.trim());
    if (!infinitive || !list || extra !== undefined)
      throw new ArticleBotError("CONFIG", `${file}:${line}: expected \`infinitive = form, form\`.`);
    for (const form of list.split(",").map((f) => f.trim()))
      if (form) forms.set(foldWord(form), foldWord(infinitive));
  }
  return forms;
}

/**
 * The base of a verb form (`ausgelaufen` → `auslaufen`, `getroffen` → `treffen`, `Teilnahme` →
 * `teilnehmen`), or undefined when the word is no such form.
 */
export function verbBase(folded: string, strong: StrongVerbs): string | undefined {
  const separable = SEPARABLE_PARTICIPLE.exec(folded) ?? SEPARABLE_ZU.exec(folded);
  if (separable) return `${separable[1]}${strong.get(separable[2] ?? "") ?? separable[2]}`;
  const participle = PARTICIPLE.exec(folded)?.[1];
  if (participle) return strong.get(participle) ?? participle;
  const simple = strong.get(folded);
  if (simple) return simple;
  const particle = PARTICLES.find((p) => folded.startsWith(p) && strong.has(folded.slice(p.length)));
  return particle ? `${particle}${strong.get(folded.slice(particle.length))}` : undefined;
}

/**
 * The verbs a question may split (`Macht Putin … mit?` → `mitmachen`, `Lässt er sich … ein?` →
 * `einlassen`, `Löst sich … auf?` → `auflösen`): the particle glued to each infinitive the finite
 * form may have, most likely first; none when `particle` is no separable particle. Both folded.
 */
export function joinSeparable(particle: string, finite: string, strong: StrongVerbs): string[] {
  if (!PARTICLES.includes(particle) || finite.length < 3) return [];
  const strongForm = strong.get(finite);
  const infinitives = strongForm ? [strongForm] : weakInfinitives(finite);
  return infinitives.map((infinitive) => `${particle}${infinitive}`);
}

/**
 * The infinitives a weak verb's present form may have (`macht`, `machst`, `mache` → `machen`;
 * `lost` → `losen`, as `-st` may end the stem or the form; `handelt` → `handeln`).
 */
function weakInfinitives(finite: string): string[] {
  const out = new Set<string>();
  for (const ending of ["est", "st", "et", "t", "en", "e"]) {
    if (!finite.endsWith(ending) || finite.length - ending.length < 2) continue;
    const stem = finite.slice(0, -ending.length);
    // `-eln`/`-ern` verbs have no e before their n (`handeln`, `ändern`).
    out.add(/e[lr]$/.test(stem) ? `${stem}n` : `${stem}en`);
  }
  return [...out];
}
