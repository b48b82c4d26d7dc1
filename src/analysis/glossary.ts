/**
 * The English→German glossary that lets English questions find German text.
 * File format (data/glossary.en-de.txt): `english form, other form = Deutsch, Deutsch2`, one entry
 * a line, `#` comments; forms may be phrases. See the README, "Extending the glossary".
 */
import SearchableMap from "minisearch/SearchableMap";
import { ArticleBotError } from "../errors.ts";
import { dataLines } from "./data-files.ts";
import { memoizeWord } from "./memo.ts";
import { foldPhrase, foldWord } from "./normalize.ts";
import { words } from "./tokenize.ts";
import { swaps } from "./typos.ts";
import { WordGroups, type WordGroupsSnapshot } from "./word-groups.ts";

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
  /** The longest phrase length (in words) of the English forms that start with this word; 0 if none. */
  longestPhraseFrom(firstWord: string): number;
  /** Every German word on the right-hand side, for the decompounding dictionary. */
  germanWords(): Iterable<string>;
  /**
   * German synonyms of a German word: the other German words of the entries it stands in
   * (`Waffenstillstand` → `Waffenruhe`, `Feuerpause`), so German queries reach other wordings too.
   */
  synonyms(folded: string): readonly string[];
  /** The glossary as plain data, for `restoreGlossary`. */
  snapshot(): GlossarySnapshot;
}

/** A glossary as plain data: what `restoreGlossary` needs to skip parsing and folding the file. */
export interface GlossarySnapshot {
  /**
   * English forms → German words, in file order (the typo look-up breaks ties by it); consecutive
   * forms with the same German words (the forms of one line) share an entry, which halves the size.
   */
  readonly entries: readonly (readonly [forms: readonly string[], german: readonly string[]])[];
  readonly longestPhrase: number;
  /** The German sides of the entries, by folded word. */
  readonly siblings: WordGroupsSnapshot;
}

/** German siblings are found by their folded form. */
const siblingKey = foldWord;

/** Folds an English form the way the glossary keys are stored. */
export function glossaryKey(form: string): string {
  return foldPhrase(form);
}

/** Parses glossary text; a malformed line throws with the file, line and fix. */
export function parseGlossary(text: string, file: string): Glossary {
  const map = new Map<string, string[]>();
  let longestPhrase = 1;
  const siblings = new WordGroups(siblingKey);
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
    siblings.add(german);
    for (const form of english) {
      const known = map.get(form) ?? [];
      map.set(form, [...known, ...german.filter((g) => !known.includes(g))]);
      longestPhrase = Math.max(longestPhrase, form.split(" ").length);
    }
  }
  return glossaryOf(map, longestPhrase, siblings);
}

/** The glossary a snapshot was made of, without parsing or folding anything again. */
export function restoreGlossary(snapshot: GlossarySnapshot): Glossary {
  const map = new Map<string, readonly string[]>();
  for (const [forms, german] of snapshot.entries) for (const form of forms) map.set(form, german);
  return glossaryOf(map, snapshot.longestPhrase, new WordGroups(siblingKey, snapshot.siblings));
}

function glossaryOf(
  map: ReadonlyMap<string, readonly string[]>,
  longestPhrase: number,
  siblings: WordGroups,
): Glossary {
  // The radix tree for typo look-ups costs more to build than everything else here, so only
  // the first typo pays for it.
  let fuzzyMap: SearchableMap<readonly string[]> | undefined;
  // Only the dictionary needs these, and a restored one comes with its own dictionary.
  let germanWords: Set<string> | undefined;
  // Made at the first query: it spares each query word the look-ups of phrases no form starts with.
  let phraseLengths: Map<string, number> | undefined;
  // Walking the tree for typos costs more than the rest of a query's analysis; a word's answer
  // is kept (per edit distance), as the analyzer keeps each word's terms.
  const typosWithin = new Map<number, (form: string) => readonly string[] | undefined>();
  const closest = (form: string, maxDistance: number): readonly string[] | undefined => {
    if (maxDistance >= 1) {
      for (const swapped of swaps(form)) {
        const value = map.get(swapped);
        if (value) return value;
      }
    }
    let best: { distance: number; value: readonly string[] } | undefined;
    fuzzyMap ??= SearchableMap.from(map);
    for (const [, [value, distance]] of fuzzyMap.fuzzyGet(form, maxDistance)) {
      if (!best || distance < best.distance) best = { distance, value };
    }
    return best?.value;
  };
  return {
    lookup: (form) => map.get(form),
    lookupFuzzy(form, maxDistance) {
      let typos = typosWithin.get(maxDistance);
      if (!typos) {
        typos = memoizeWord((word) => closest(word, maxDistance), 10_000);
        typosWithin.set(maxDistance, typos);
      }
      return typos(form);
    },
    longestPhrase,
    longestPhraseFrom(firstWord) {
      if (!phraseLengths) {
        phraseLengths = new Map();
        for (const form of map.keys()) {
          const space = form.indexOf(" ");
          const first = space < 0 ? form : form.slice(0, space);
          const length = space < 0 ? 1 : form.split(" ").length;
          phraseLengths.set(first, Math.max(phraseLengths.get(first) ?? 0, length));
        }
      }
      return phraseLengths.get(firstWord) ?? 0;
    },
    germanWords() {
      germanWords ??= new Set(Array.from(siblings.words(), words).flat());
      return germanWords;
    },
    synonyms: (folded) => siblings.siblings(folded),
    snapshot: () => ({ entries: sharedEntries(map), longestPhrase, siblings: siblings.snapshot() }),
  };
}

/** The map's entries in order, consecutive forms with equal German words joined into one. */
function sharedEntries(map: ReadonlyMap<string, readonly string[]>): [string[], readonly string[]][] {
  const out: [string[], readonly string[]][] = [];
  let last: [string[], readonly string[]] | undefined;
  for (const [form, german] of map) {
    if (last && sameWords(last[1], german)) last[0].push(form);
    else {
      last = [[form], german];
      out.push(last);
    }
  }
  return out;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}
