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

/** A dictionary as plain data: folded headwords with their senses still as table text. */
export interface DictionarySnapshot {
  readonly entries: readonly (readonly [form: string, senses: string])[];
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
  return dictionaryOf(map, longestPhrase);
}

/** The dictionary a snapshot was made of, without parsing, folding or checking anything again. */
export function restoreDictionary(snapshot: DictionarySnapshot): Dictionary {
  return dictionaryOf(new Map(snapshot.entries), snapshot.longestPhrase);
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

function dictionaryOf(map: ReadonlyMap<string, string>, longestPhrase: number): Dictionary {
  // Made at the first phrase look-up: it spares each query word the look-ups of phrases no
  // headword starts with.
  let phraseLengths: Map<string, number> | undefined;
  return {
    lookup(form) {
      const senses = map.get(form);
      return senses === undefined ? undefined : senses.split(" | ").map(parseSense);
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
    size: map.size,
    snapshot: () => ({ entries: [...map], longestPhrase }),
  };
}
