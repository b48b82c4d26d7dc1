/**
 * Noun phrases of a unit's tokens, the way attribution needs them: who is named (role nouns with
 * appositions, names, institutions, spokespersons with their organisation), pronouns, and whether a
 * phrase can be the subject (not after a preposition, not dative/accusative/genitive).
 */
import { foldWord } from "../analysis/normalize.ts";
import {
  DETERMINERS,
  NEGATIVE_DETERMINERS,
  NOT_NAMES,
  OBLIQUE_DETERMINERS,
  PREPOSITIONS,
} from "./lexicon.ts";
import type { Gender } from "./quote.ts";
import { genderOfInstitution, type RoleInfo, type RoleTable } from "./roles.ts";
import type { ExtractionTables } from "./tables.ts";
import { type Tok, verbForms } from "./tokens.ts";

export type PhraseKind =
  | "role" // (der) US-Präsident (Donald Trump), ein Sprecher des Unternehmens
  | "institution" // das Ministerium, laut Kreml
  | "name" // Trump, Donald Trump, Putins
  | "pronoun" // er, sie, ihm, ihr
  | "first-person" // ich, wir, uns
  | "anaphor" // die 67-Jährige
  | "indefinite" // jemand, man
  | "impersonal" // es (hieß es)
  | "noun"; // any other noun phrase: it can be a subject, but names nobody we know

export interface Complement {
  readonly det?: string;
  readonly head: Tok;
  readonly org?: RoleInfo;
  readonly inst?: RoleInfo;
}

export interface Phrase {
  readonly kind: PhraseKind;
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
  readonly det?: string;
  /** Adjectives before the head, folded and without ending ("ukrainisch"). */
  readonly adjs: readonly string[];
  readonly head?: Tok;
  readonly role?: RoleInfo;
  readonly inst?: RoleInfo;
  /** Name tokens: the apposition after a role noun, or the name itself. */
  readonly names: readonly Tok[];
  /** End of the head and its names, before any genitive complement. */
  readonly core: number;
  /** A genitive after the head (des Unternehmens, des Landes). */
  readonly complement?: Complement;
  readonly gender?: Gender;
  /** Cannot be the subject: after a preposition, a dative/accusative/genitive form. */
  readonly oblique: boolean;
  /** An indefinite or negative article (ein Sprecher, kein US-Präsident). */
  readonly indefinite: boolean;
  readonly negative: boolean;
}

const ADJECTIVE = /^\p{Ll}[\p{L}-]*(e|en|er|es|em)$/u;
// "Trump", "Franz-Robert", "O’Brien": capitalised parts of lower-case letters.
const NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|ismus|tät|nis|ment|ie|ik|tur|enz|anz)e?n?$/;
const AGE = /^\d+-Jährige[nr]?$/;

/** What the scanner needs to know about the article beyond the unit. */
export interface ScanContext {
  /** Folded words the article writes in lower case (so a capitalised one starts a sentence). */
  readonly lowercase: ReadonlySet<string>;
  /** The roles, the lexicon, and the stop words (a function word is no name). */
  readonly tables: ExtractionTables;
  /** Whether the registry knows a person by this name (unset while the registry is being built). */
  readonly knows?: (name: string) => boolean;
}

/** Whether a capitalised token can be (part of) a person's name. */
export function nameLike(tok: Tok | undefined, ctx: ScanContext): boolean {
  if (!tok?.word || !NAME.test(tok.text) || NOT_NAMES.has(tok.text)) return false;
  const folded = foldWord(tok.text);
  if (ctx.lowercase.has(folded) || ctx.tables.stopWords.de.has(folded)) return false;
  const roles = ctx.tables.roles;
  if (roles.person(tok.text) || roles.institution(tok.text) || roles.organisation(tok.text)) return false;
  // Short surnames may end like nouns (Jung, Klein): the ending only counts on a long word.
  const suffix = NOUN_SUFFIX.exec(folded)?.[0] ?? "";
  return !suffix || folded.length <= suffix.length + 3;
}

function isAdjective(tok: Tok | undefined): boolean {
  if (!tok?.word || !ADJECTIVE.test(tok.text) || tok.text.length < 4) return false;
  const lower = tok.text.toLowerCase();
  return (
    !DETERMINERS.has(lower) &&
    !NEGATIVE_DETERMINERS.has(lower) &&
    !/^(ihre[nmrs]?|seine[nmrs]?|unsere[nmrs]?|diese[nmrs]?|aber|oder|über|unter|hinter|wieder|immer|oder|weder|sehr|mehr|eher|ehe|seither|bisher|daher)$/.test(
      lower,
    )
  );
}

function adjectiveStem(word: string): string {
  return foldWord(word).replace(/(e|en|er|es|em)$/, "");
}

function genderOfDet(det: string | undefined): Gender | undefined {
  if (det === "der" || det === "ein" || det === "kein") return "m";
  if (det === "die" || det === "eine" || det === "keine") return "f";
  if (det === "das") return "n";
  return undefined;
}

/** Whether the word can start a noun phrase's head: capitalised and not a sentence-initial function word. */
function nounLike(tok: Tok | undefined, ctx: ScanContext): boolean {
  if (!tok?.word || !/^\p{Lu}/u.test(tok.text)) return false;
  if (NOT_NAMES.has(tok.text)) return false;
  const folded = foldWord(tok.text);
  return !ctx.lowercase.has(folded) && !ctx.tables.stopWords.de.has(folded) && !/lich$|weise$/.test(folded);
}

const PRONOUNS: Record<string, { gender: Gender; oblique: boolean }> = {
  er: { gender: "m", oblique: false },
  ihm: { gender: "m", oblique: true },
  ihn: { gender: "m", oblique: true },
  sie: { gender: "f", oblique: false },
};
const FIRST_PERSON = new Set(["ich", "wir", "uns", "mir", "mich"]);
const PLURAL_VERB = /^(sind|haben|werden|wollen|können|müssen|sollen|dürfen|waren|hatten|wurden)$|en$/;

/** Whether `sie` at `i` is plural (they): its finite verb neighbour ends in -en. */
function pluralSie(toks: readonly Tok[], i: number): boolean {
  const next = toks[i + 1];
  const prev = toks[i - 1];
  const verbNext = next?.word && /^\p{Ll}/u.test(next.text) ? next.text : "";
  const verbPrev = prev?.word && /^\p{Ll}/u.test(prev.text) ? prev.text : "";
  // "sagte sie" / "Sie nannte": the verb next to the pronoun shows the number.
  if (i === 0 || /^[,;:]$/.test(prev?.text ?? "")) return PLURAL_VERB.test(verbNext);
  return PLURAL_VERB.test(verbPrev) && !PLURAL_VERB.test(verbNext);
}

/** The noun phrases of `toks`, left to right. Never throws. */
export function scanPhrases(toks: readonly Tok[], ctx: ScanContext): Phrase[] {
  const phrases: Phrase[] = [];
  const roles = ctx.tables.roles;
  let i = 0;
  let parens = 0;
  while (i < toks.length) {
    const tok = toks[i];
    if (!tok?.word) {
      if (tok?.text === "(") parens++;
      if (tok?.text === ")") parens = Math.max(0, parens - 1);
      i++;
      continue;
    }
    // Words in brackets, "(CDU)", "(67)", are asides: never the subject.
    if (parens > 0) {
      i++;
      continue;
    }
    const lower = tok.text.toLowerCase();
    const afterPreposition = PREPOSITIONS.has((toks[i - 1]?.text ?? "").toLowerCase());
    const base = { from: i, to: i + 1, core: i + 1, adjs: [], names: [], indefinite: false, negative: false };
    const pronoun = PRONOUNS[lower];
    if (pronoun && !(lower === "sie" && pluralSie(toks, i))) {
      phrases.push({
        ...base,
        kind: "pronoun",
        gender: pronoun.gender,
        oblique: pronoun.oblique || afterPreposition,
      });
      i++;
      continue;
    }
    // "ihr" is a dative pronoun unless a noun (its possession) follows.
    if (
      lower === "ihr" &&
      !/^[\p{Lu}]/u.test(toks[i + 1]?.text ?? "") &&
      !ADJECTIVE.test(toks[i + 1]?.text ?? "")
    ) {
      phrases.push({ ...base, kind: "pronoun", gender: "f", oblique: true });
      i++;
      continue;
    }
    if (FIRST_PERSON.has(lower)) {
      phrases.push({ ...base, kind: "first-person", oblique: lower !== "ich" && lower !== "wir" });
      i++;
      continue;
    }
    if (lower === "man" || lower === "jemand") {
      phrases.push({ ...base, kind: "indefinite", oblique: false });
      i++;
      continue;
    }
    if (lower === "es") {
      phrases.push({ ...base, kind: "impersonal", oblique: false });
      i++;
      continue;
    }
    const phrase = nounPhrase(toks, i, ctx, afterPreposition, roles);
    if (phrase) {
      phrases.push(phrase);
      i = phrase.to;
    } else i++;
  }
  return phrases;
}

function nounPhrase(
  toks: readonly Tok[],
  i: number,
  ctx: ScanContext,
  afterPreposition: boolean,
  roles: RoleTable,
): Phrase | undefined {
  let j = i;
  let det: string | undefined;
  const first = (toks[j]?.text ?? "").toLowerCase();
  if (DETERMINERS.has(first) || NEGATIVE_DETERMINERS.has(first)) {
    det = first;
    j++;
  }
  const adjs: string[] = [];
  // Adjectives only after an article: elsewhere a lower-case word in -e/-er is as likely a verb ("hatte").
  while (det && adjs.length < 3 && isAdjective(toks[j]) && verbForms(toks, j).length === 0) {
    adjs.push(adjectiveStem(toks[j]?.text ?? ""));
    j++;
  }
  const head = toks[j];
  if (!head?.word) return undefined;
  if (!det && adjs.length === 0 && !nounLike(head, ctx) && !AGE.test(head.text)) return undefined;
  if (!/^[\p{Lu}\p{N}]/u.test(head.text)) return undefined;
  const negative = det !== undefined && NEGATIVE_DETERMINERS.has(det);
  const indefinite = det !== undefined && (det.startsWith("ein") || negative);
  const role = roles.person(head.text);
  const inst = role ? undefined : roles.institution(head.text);
  let gender: Gender | undefined = role?.gender ?? (inst ? genderOfInstitution(inst) : genderOfDet(det));
  // "die" before a masculine role is a relative pronoun or a plural, not its article.
  let start = i;
  if (det === "die" && role?.gender === "m" && adjs.length === 0) {
    det = undefined;
    start = j;
  }
  const oblique =
    afterPreposition ||
    (det !== undefined && OBLIQUE_DETERMINERS.has(det)) ||
    (det === "der" && gender === "f") ||
    (det === "der" && head.text.endsWith("en") && role !== undefined);
  let to = j + 1;
  const names: Tok[] = [];
  if (role) {
    while (names.length < 2 && nameLike(toks[to], ctx)) {
      const t = toks[to];
      if (t) names.push(t);
      to++;
    }
  }
  const core = to;
  let complement: Complement | undefined;
  const cdet = (toks[to]?.text ?? "").toLowerCase();
  if ((role || inst) && names.length === 0 && (cdet === "des" || cdet === "der")) {
    let k = to + 1;
    while (toks[k]?.word && ADJECTIVE.test(toks[k]?.text ?? "")) k++;
    const chead = toks[k];
    if (chead?.word && /^\p{Lu}/u.test(chead.text)) {
      const org = roles.organisation(chead.text);
      const cinst = roles.institution(chead.text);
      complement = { det: cdet, head: chead, ...(org ? { org } : {}), ...(cinst ? { inst: cinst } : {}) };
      to = k + 1;
    }
  }
  const common = { from: start, to, core, adjs, names, oblique, indefinite, negative, head };
  const extra = {
    ...(det ? { det } : {}),
    ...(gender ? { gender } : {}),
    ...(complement ? { complement } : {}),
  };
  if (role) return { ...common, ...extra, kind: "role", role };
  if (inst) return { ...common, ...extra, kind: "institution", inst };
  if (AGE.test(head.text) && det) {
    // "der 67-Jährigen" is dative or genitive: neither its gender nor a subject.
    const inflected = head.text.endsWith("n");
    gender = inflected ? undefined : genderOfDet(det);
    const anaphor = { ...common, oblique: oblique || inflected, det, kind: "anaphor" as const };
    return gender ? { ...anaphor, gender } : anaphor;
  }
  if (!det && adjs.length === 0 && nameLike(head, ctx)) {
    const nameToks = [head];
    const next = toks[j + 1];
    // "hatte Trump Putin mit …": two known surnames side by side are two people, not one name.
    const split = ctx.knows && !ctx.knows(`${head.text} ${next?.text}`) && ctx.knows(head.text);
    if (next && nameLike(next, ctx) && !split) nameToks.push(next);
    const end = j + nameToks.length;
    return { ...common, to: end, core: end, names: nameToks, kind: "name" };
  }
  return { ...common, ...extra, kind: "noun" };
}
