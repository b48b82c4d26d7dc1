/**
 * The English→German glossary that lets English questions find German text.
 * File format (data/glossary.en-de.txt): `english form, other form = Deutsch, Deutsch2`, one entry
 * a line, `#` comments; forms may be phrases. See the README, "Extending the glossary".
 */
import SearchableMap from "minisearch/SearchableMap";
import { ArticleBotError } from "../errors.ts";
import { dataLines, dataPath, readDataFile } from "./data-files.ts";
import { foldPhrase, foldWord } from "./normalize.ts";
import { words } from "./tokenize.ts";
import { WordGroups } from "./word-groups.ts";

export interface Glossary {
  /** German words for an English form (folded words joined by one space), or undefined. */
  lookup(form: string): readonly string[] | undefined;
  /**
   * German words for the closest English form within `maxDistance` edits, for typos (`ceasfire`);
   * two neighbouring letters swapped (`gaurantees`) count as one edit, the commonest typo of all.
   */
  lookupFuzzy(form: string, maxDistance: number): readonly string[] | undefined;
  /** The longest phrase length (in words) of any English form. */
  readonly longestPhrase: number;
  /** Every German word on the right-hand side, for the decompounding dictionary. */
  germanWords(): Iterable<string>;
  /**
   * German synonyms of a German word: the other German words of the entries it stands in
   * (`Waffenstillstand` → `Waffenruhe`, `Feuerpause`), so German queries reach other wordings too.
   */
  synonyms(folded: string): readonly string[];
}

/** Folds an English form the way the glossary keys are stored. */
export function glossaryKey(form: string): string {
  return foldPhrase(form);
}

/** Parses glossary text; a malformed line throws with the file, line and fix. */
export function parseGlossary(text: string, file: string): Glossary {
  const map = new Map<string, string[]>();
  // The radix tree for typo look-ups costs more to build than everything else here, so only
  // the first typo pays for it.
  let fuzzyMap: SearchableMap<string[]> | undefined;
  let longestPhrase = 1;
  const germanWords = new Set<string>();
  const siblings = new WordGroups(foldWord);
  for (const { line, text: entry } of dataLines(text)) {
    const sides = entry.split("=");
    const fail = (problem: string): never => {
      throw new ArticleBotError(
        "CONFIG",
        `${file}:${line}: ${problem} Expected \`english, forms = Deutsch, Wörter\`.`,
      );
    };
    if (sides.length !== 2) fail(`an entry needs exactly one "=", found ${sides.length - 1}.`);
    const english = (sides[0] ?? "").split(",").map(glossaryKey);
    const german = (sides[1] ?? "").split(",").map((g) => g.trim());
    if (english.some((e) => !e) || german.some((g) => !g)) fail("an empty form between commas.");
    for (const g of german) for (const w of words(g)) germanWords.add(w);
    siblings.add(german);
    for (const form of english) {
      const known = map.get(form) ?? [];
      map.set(form, [...known, ...german.filter((g) => !known.includes(g))]);
      longestPhrase = Math.max(longestPhrase, form.split(" ").length);
    }
  }
  return {
    lookup: (form) => map.get(form),
    lookupFuzzy(form, maxDistance) {
      if (maxDistance >= 1) {
        for (const swapped of swaps(form)) {
          const value = map.get(swapped);
          if (value) return value;
        }
      }
      let best: { distance: number; value: string[] } | undefined;
      fuzzyMap ??= SearchableMap.from(map);
      for (const [, [value, distance]] of fuzzyMap.fuzzyGet(form, maxDistance)) {
        if (!best || distance < best.distance) best = { distance, value };
      }
      return best?.value;
    },
    longestPhrase,
    germanWords: () => germanWords,
    synonyms: (folded) => siblings.siblings(folded),
  };
}

/** The word with each pair of neighbouring (different) letters swapped. */
export function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

let bundled: Glossary | undefined;

/** The bundled glossary, read and validated once. */
export function bundledGlossary(): Glossary {
  const file = "glossary.en-de.txt";
  bundled ??= parseGlossary(readDataFile(file), dataPath(file));
  return bundled;
}
