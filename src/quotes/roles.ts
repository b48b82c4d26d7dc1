/**
 * The role table (data/roles.txt): role nouns of people, institutions, organisations a spokesperson
 * speaks for, and the forms that name a country. Lookups accept inflected forms and compounds.
 */
import { memoizeWord } from "../analysis/memo.ts";
import { foldWord } from "../analysis/normalize.ts";
import type { Gender } from "./quote.ts";

/** A table entry a word was found under. */
export interface RoleInfo {
  /** The word as the text writes it, without inflection ending ("US-Präsident" for "US-Präsidenten"). */
  readonly lemma: string;
  readonly folded: string;
  /** Line of the table: forms with the same concept name the same role. */
  readonly concept: number;
  readonly gender?: Gender;
  readonly english: readonly string[];
  /** The table form the word matched (its compound head). */
  readonly head: string;
}

interface Entry {
  /** Whether a compound ending in the form is that role too (not for `Stadt`: Altstadt is a place). */
  readonly compounds: boolean;
  readonly concept: number;
  readonly gender?: Gender;
  readonly english: readonly string[];
  readonly form: string;
}

export interface RoleTable {
  person(word: string): RoleInfo | undefined;
  institution(word: string): RoleInfo | undefined;
  organisation(word: string): RoleInfo | undefined;
  /** The country key a prefix, adjective or capital names ("Washington" → "US"), with its English forms. */
  country(word: string): { key: string; english: readonly string[] } | undefined;
  /** Further English names of a country's government ("White House" for US). */
  governmentEnglish(country: string): readonly string[];
  /** English forms of a concept (for a role the speaker holds). */
  englishOf(concept: number): readonly string[];
  /** Whether a concept is a spokesperson's (whose words stand for an organisation). */
  isSpokesperson(concept: number): boolean;
  /** Whether an institution is a country's government (an English form ends in "government"). */
  isGovernment(concept: number): boolean;
}

// Inflection endings a noun may carry in running text (dem Präsidenten, des Ministeriums).
const ENDINGS = ["", "en", "n", "s", "es"];
// Shortest table form that may be a compound head: shorter ones end too many unrelated words.
const MIN_HEAD = 4;

/** Expands `Bürgermeister/in`, `Vorsitzende/r`, `Anwalt/Anwältin` into forms with their gender. */
function expandForm(form: string): { form: string; gender?: Gender }[] {
  const [base = "", alt] = form.split("/");
  if (alt === undefined) return [{ form: base }];
  if (alt === "in")
    return [
      { form: base, gender: "m" },
      { form: `${base}in`, gender: "f" },
    ];
  if (alt === "r") return [{ form: base }, { form: `${base}r`, gender: "m" }];
  return [
    { form: base, gender: "m" },
    { form: alt, gender: "f" },
  ];
}

function parseEntries(lines: readonly { text: string }[], offset: number): Map<string, Entry> {
  const map = new Map<string, Entry>();
  lines.forEach((line, i) => {
    const [german = "", english = ""] = line.text.split("=");
    const englishForms = english
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    for (const raw of german.split(",")) {
      const exactOnly = raw.trim().endsWith("!");
      for (const { form, gender } of expandForm(raw.trim().replace(/!$/, ""))) {
        if (!form) continue;
        const base = { compounds: !exactOnly, concept: offset + i, english: englishForms, form };
        const entry: Entry = gender ? { ...base, gender } : base;
        map.set(foldWord(form), entry);
      }
    }
  });
  return map;
}

function lookup(map: Map<string, Entry>, word: string, compounds: boolean): RoleInfo | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  for (const ending of ENDINGS) {
    if (ending && !word.endsWith(ending)) continue;
    const lemma = ending ? word.slice(0, -ending.length) : word;
    const folded = foldWord(lemma);
    const exact = map.get(folded);
    if (exact) return info(lemma, folded, exact);
    if (!compounds) continue;
    // The longest known role at the end of the compound (`…kanzler` in `Bundeskanzler`): try the
    // word's suffixes from the longest down rather than scanning the table.
    let best: Entry | undefined;
    for (let boundary = 2; boundary <= folded.length - MIN_HEAD && !best; boundary++) {
      const entry = map.get(folded.slice(boundary));
      if (entry?.compounds) best = entry;
    }
    if (best) return info(lemma, folded, best);
  }
  return undefined;
}

function info(lemma: string, folded: string, entry: Entry): RoleInfo {
  const base = { lemma, folded, concept: entry.concept, english: entry.english, head: entry.form };
  return entry.gender ? { ...base, gender: entry.gender } : base;
}

/** Parses roles.txt text into lookups. */
export function parseRoleTable(
  sections: ReadonlyMap<string, readonly { line: number; text: string }[]>,
): RoleTable {
  const persons = parseEntries(sections.get("person") ?? [], 0);
  const institutions = parseEntries(sections.get("institution") ?? [], 1000);
  const organisations = parseEntries(sections.get("organisation") ?? [], 2000);
  const countries = new Map<string, { key: string; english: readonly string[] }>();
  for (const line of sections.get("country") ?? []) {
    const [german = "", english = ""] = line.text.split("=");
    const forms = german.split(",").map((f) => f.trim());
    const value = {
      key: forms[0] ?? "",
      english: english
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean),
    };
    for (const f of forms) countries.set(foldWord(f), value);
  }
  const governments = new Map<string, readonly string[]>();
  for (const line of sections.get("government") ?? []) {
    const [key = "", english = ""] = line.text.split("=");
    governments.set(
      key.trim(),
      english
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean),
    );
  }
  const englishByConcept = new Map<number, readonly string[]>();
  for (const map of [persons, institutions, organisations]) {
    for (const e of map.values()) englishByConcept.set(e.concept, e.english);
  }
  return {
    person: memoizeWord((w) => lookup(persons, w, true)),
    institution: memoizeWord((w) => lookup(institutions, w, true)),
    organisation: memoizeWord((w) => lookup(organisations, w, true)),
    country(word) {
      const folded = foldWord(word);
      return (
        countries.get(folded) ??
        // Adjectives inflect: "russische", "ukrainischen".
        countries.get(folded.replace(/(e|en|er|es|em)$/, ""))
      );
    },
    governmentEnglish: (country) => governments.get(country) ?? [],
    englishOf: (concept) => englishByConcept.get(concept) ?? [],
    isSpokesperson: (concept) => (englishByConcept.get(concept) ?? []).includes("spokesperson"),
    isGovernment: (concept) => (englishByConcept.get(concept) ?? []).some((e) => /\bgovernment$/.test(e)),
  };
}

/** Grammatical gender of an institution noun, from its ending (die Regierung, das Ministerium, der Kreml). */
export function genderOfInstitution(inst: RoleInfo): Gender {
  const head = foldWord(inst.head);
  if (/ung$|ion$|ei$|schaft$|orde$|ee$/.test(head)) return "f";
  if (/ium$|amt$|icht$|haus$|ar$/.test(head)) return "n";
  return "m";
}
