/**
 * The general English→German dictionary (data/dictionary.en-de.txt, made from Ding by
 * `npm run dictionary`; see `dictionary-convert.ts` and the README, "Data sources and licences"),
 * meant to stand below the curated glossary: it has far more words, ranked but uncurated.
 *
 * File format: `english = sense | sense …`, one headword a line (lower case, up to four words),
 * `#` comments. Senses come best first: general before domain-labelled before register-labelled
 * ones. A sense is German words separated by `; ` (one concept), then optional marks: `{verb}`,
 * `{adj}`, `{adv}` (no mark and a capitalised word: a noun), `{name}` (the English was capitalised:
 * a place, person, demonym) and Ding's labels such as `[pol.]`, `[ugs.]`.
 */
import { ArticleBotError } from "../errors.ts";
import { dataLines, dataPath, readDataFile } from "./data-files.ts";
import { foldPhrase } from "./normalize.ts";

export type DictionaryPos = "noun" | "verb" | "adj" | "adv";

/** One sense of an English headword: German words that translate it the same way. */
export interface DictionarySense {
  /** The German words, best first, as written (not folded). */
  readonly german: readonly string[];
  /** Part of speech, where the table tells it. */
  readonly pos: DictionaryPos | undefined;
  /** The English was capitalised in Ding: a place, a person, a people (`Warsaw`, `Pole`). */
  readonly name: boolean;
  /** Ding's labels without brackets (`pol.`, `geogr.`, `ugs.`); none for a general sense. */
  readonly labels: readonly string[];
}

export interface Dictionary {
  /** The senses of an English form (folded words joined by one space, as the glossary's), best first. */
  lookup(form: string): readonly DictionarySense[] | undefined;
  /** The longest phrase length (in words) of any headword. */
  readonly longestPhrase: number;
  /** The longest phrase length (in words) of the headwords that start with this word; 0 if none. */
  longestPhraseFrom(firstWord: string): number;
  /** How many headwords. */
  readonly size: number;
  /** The dictionary as plain data, for `restoreDictionary`. */
  snapshot(): DictionarySnapshot;
}

/**
 * A dictionary as plain data: its folded headwords with their senses still as table text, one
 * text per first letter (`form\tsenses` lines). A restore reads these few strings, not 263,000
 * pairs, and a letter's entries become a map only at the first look-up of a word with it: a
 * question touches a few letters.
 */
export interface DictionarySnapshot {
  readonly buckets: readonly (readonly [letter: string, lines: string])[];
  readonly longestPhrase: number;
}

/** The file of the bundled table, in `src/analysis/data/`. */
export const DICTIONARY_FILE = "dictionary.en-de.txt";

/** Folds an English headword the way the dictionary keys are stored (as the glossary's). */
export function dictionaryKey(form: string): string {
  // Most headwords are plain lower-case ASCII words that folding leaves alone (no `ae`/`oe`/`ue`
  // to merge); skipping the fold for them halves the parse time.
  return PLAIN.test(form) && !UMLAUT_SPELLING.test(form) ? form : foldPhrase(form);
}

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const UMLAUT_SPELLING = /[aou]e/;

// A German word: no format characters, no space at either end.
const WORD = String.raw`[^\s|;{}\[\]=](?:[^|;{}\[\]=]*[^\s|;{}\[\]=])?`;
const SENSE = new RegExp(
  `^${WORD}(?:; ${WORD})*(?: \\{(?:verb|adj|adv|name)\\}| \\[[^\\s\\[\\]|]+\\])*$`,
  "u",
);

/** Parses the table's text; a malformed line throws with the file, line and what is wrong. */
export function parseDictionary(text: string, file: string): Dictionary {
  const map = new Map<string, string>();
  let longestPhrase = 1;
  for (const { line, text: entry } of dataLines(text)) {
    const fail = (problem: string): never => {
      throw new ArticleBotError(
        "CONFIG",
        `${file}:${line}: ${problem} Expected \`english = Deutsch; Wort {verb} [label] | Sinn\`.`,
      );
    };
    const at = entry.indexOf(" = ");
    if (at < 0) fail('an entry needs " = " between the English and the German.');
    const form = dictionaryKey(entry.slice(0, at));
    const senses = entry.slice(at + 3);
    if (!form) fail("no English headword before the ' = '.");
    for (const sense of senses.split(" | ")) {
      if (!SENSE.test(sense)) fail(`a malformed sense \`${sense}\`.`);
    }
    const known = map.get(form);
    map.set(form, known === undefined ? senses : `${known} | ${senses}`);
    longestPhrase = Math.max(longestPhrase, form.split(" ").length);
  }
  return dictionaryOf(mapBuckets(map), longestPhrase, map.size);
}

/** The dictionary a snapshot was made of, without parsing, folding or checking anything again. */
export function restoreDictionary(snapshot: DictionarySnapshot): Dictionary {
  return dictionaryOf(lazyBuckets(new Map(snapshot.buckets)), snapshot.longestPhrase);
}

/** Reads and parses the bundled table (every call reads the file: keep the result). */
export function readBundledDictionary(): Dictionary {
  return parseDictionary(readDataFile(DICTIONARY_FILE), dataPath(DICTIONARY_FILE));
}

/** Parses one sense of the table (already checked). */
export function parseSense(sense: string): DictionarySense {
  const cut = sense.search(/ [{[]/);
  const words = (cut < 0 ? sense : sense.slice(0, cut)).split("; ");
  let pos: DictionaryPos | undefined;
  let name = false;
  const labels: string[] = [];
  for (const mark of cut < 0 ? [] : (sense.slice(cut).match(/\{[a-z]+\}|\[[^\]]+\]/g) ?? [])) {
    const inner = mark.slice(1, -1);
    if (mark.startsWith("[")) labels.push(inner);
    else if (inner === "name") name = true;
    else pos = inner as DictionaryPos;
  }
  const first = words[0] ?? "";
  if (!pos && first[0] !== undefined && first[0] !== first[0].toLowerCase()) pos = "noun";
  return { german: words, pos, name, labels };
}

/** Headwords by first letter: each letter's map, made at its first need. */
type Buckets = (letter: string) => ReadonlyMap<string, string>;

const NO_ENTRIES: ReadonlyMap<string, string> = new Map();

function firstLetter(form: string): string {
  return form.slice(0, 1);
}

/** Buckets of a parsed table's map (split once, at the first look-up). */
function mapBuckets(map: ReadonlyMap<string, string>): {
  buckets: Buckets;
  lines: () => Map<string, string>;
} {
  let byLetter: Map<string, Map<string, string>> | undefined;
  const split = () => {
    if (!byLetter) {
      byLetter = new Map();
      for (const [form, senses] of map) {
        const letter = firstLetter(form);
        const bucket = byLetter.get(letter) ?? new Map<string, string>();
        byLetter.set(letter, bucket.set(form, senses));
      }
    }
    return byLetter;
  };
  return {
    buckets: (letter) => split().get(letter) ?? NO_ENTRIES,
    lines: () => {
      const out = new Map<string, string>();
      for (const [letter, bucket] of split())
        out.set(letter, Array.from(bucket, ([form, senses]) => `${form}\t${senses}`).join("\n"));
      return out;
    },
  };
}

/** Buckets of a snapshot's texts, each parsed into a map at its letter's first look-up. */
function lazyBuckets(texts: ReadonlyMap<string, string>): {
  buckets: Buckets;
  lines: () => Map<string, string>;
} {
  const parsed = new Map<string, Map<string, string>>();
  return {
    buckets(letter) {
      let bucket = parsed.get(letter);
      if (!bucket) {
        bucket = new Map();
        const text = texts.get(letter);
        if (text)
          for (const line of text.split("\n")) {
            const tab = line.indexOf("\t");
            bucket.set(line.slice(0, tab), line.slice(tab + 1));
          }
        parsed.set(letter, bucket);
      }
      return bucket;
    },
    lines: () => new Map(texts),
  };
}

function dictionaryOf(
  store: { buckets: Buckets; lines: () => Map<string, string> },
  longestPhrase: number,
  size?: number,
): Dictionary {
  // Per letter, made at its first phrase look-up: spares each query word the look-ups of phrases
  // no headword starts with.
  const phraseLengths = new Map<string, Map<string, number>>();
  const lengthsOf = (letter: string) => {
    let lengths = phraseLengths.get(letter);
    if (!lengths) {
      lengths = new Map();
      for (const form of store.buckets(letter).keys()) {
        const space = form.indexOf(" ");
        const first = space < 0 ? form : form.slice(0, space);
        const length = space < 0 ? 1 : form.split(" ").length;
        lengths.set(first, Math.max(lengths.get(first) ?? 0, length));
      }
      phraseLengths.set(letter, lengths);
    }
    return lengths;
  };
  let counted = size;
  return {
    lookup(form) {
      const senses = store.buckets(firstLetter(form)).get(form);
      return senses === undefined ? undefined : senses.split(" | ").map(parseSense);
    },
    longestPhrase,
    longestPhraseFrom: (firstWord) => lengthsOf(firstLetter(firstWord)).get(firstWord) ?? 0,
    get size() {
      if (counted === undefined) {
        counted = 0;
        for (const text of store.lines().values()) counted += text.split("\n").length;
      }
      return counted;
    },
    snapshot: () => ({ buckets: [...store.lines()], longestPhrase }),
  };
}
