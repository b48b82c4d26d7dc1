/**
 * Converts the Ding German–English dictionary (TU Chemnitz, `German :: English` lines) into the
 * compact English→German table of `data/dictionary.en-de.txt` (see `dictionary.ts` for its format
 * and the README, "Data sources and licences"). Pure: text in, text out; `scripts/dictionary/build.ts`
 * does the I/O and a test checks that the committed table is exactly this function's output.
 *
 * A Ding line is one concept: `Kind {n} | Kinder {pl} :: child | children`. ` | ` separates
 * aligned sub-entries (the head, then its inflected forms, phrases and examples), `;` separates
 * synonyms, `{…}` is grammar, `[…]` a domain or register label, `(…)` a gloss, `<…>` a variant
 * spelling, `/…/` an abbreviation. Every English synonym of every sub-entry becomes a headword
 * whose sense is that sub-entry's German synonyms.
 */

/** The most senses a headword keeps (best first). */
export const MAX_SENSES = 8;
/** The most German words a sense keeps. */
export const MAX_WORDS_PER_SENSE = 5;
/** The most words an English headword or a German translation may have. */
export const MAX_PHRASE_WORDS = 4;

/** The most words an English phrase from a sub-entry other than the head may have. */
export const MAX_SUB_ENTRY_PHRASE_WORDS = 2;

/**
 * Fields of science and engineering: a phrase whose senses all carry only these (`armature
 * spindle`, `black-breasted puffbird`) is left out; their single words stay.
 */
const SPECIALIST_LABELS = new Set(
  (
    "techn. chem. bot. zool. ornith. electr. min. textil. biochem. mach. telco. myc. print photo. " +
    "auto comp. math. statist. geol. astron."
  ).split(" "),
);

/** Ding labels that say how a word is used, not what it is about; a sense with one ranks last. */
const REGISTER_LABELS = new Set(
  (
    "ugs. coll. geh. übtr. fig. formal pej. slang rare humor. poet. dated veraltet selten obs. alt " +
    "archaic veraltend vulg. iron. euphem. derb altertümlich altertümelnd Sprw. prov. Jägersprache " +
    "Kindersprache Jugendsprache Ös. Schw. Bayr. Norddt. Süddt. Mitteldt. BW Westdt. Mittelwestdt. " +
    "Ostdt. Nordostdt. Nordwestdt. Südwestdt. Mittelostdt. Ostmitteldt. Westös. Ostös. Südtirol " +
    "Sachsen Lie. Berlin Lux. Tirol Franken Wien Vorarlberg Pfalz Baden Württemberg Westfalen " +
    "Kärnten Hessen DDR Westschw. Ostschw. Südostös. Oberdt. Schwäb. Salzburg Rheinl. Preußen"
  ).split(" "),
);

/**
 * Labels dropped: the English variety of the English word ([Br.], [Am.]) or a trademark; they say
 * nothing about the German. [Dt.] (Germany's German) is the standard the articles are written in.
 */
const IGNORED_LABELS = new Set(
  "Br. Am. eAm. eBr. Sc. Ir. Irl. Austr. Aus. NZ Can. India Wales England tm Dt. sic".split(" "),
);

/** Placeholders for objects (`etw. unter Strafe stellen`, `to take care of sb.`): never in text. */
const GERMAN_PLACEHOLDER_SPLIT = /(?:^|\s)(?:jd|jdn|jdm|jds|etw)\.(?=\s|$)/;
const ENGLISH_PLACEHOLDERS = /(^|\s)(sb|sth|so)\.(['’]s)?(\/(sb|sth)\.)?(?=\s|$)/g;
/** Subject pronouns that open Ding's conjugation sub-entries (`ich/er/sie starb :: I/he/she died`). */
const GERMAN_PRONOUNS = /^(ich|du|er|sie|es|wir|ihr|man)(\/(ich|du|er|sie|es|wir|ihr|man))* /;
const ENGLISH_PRONOUNS = /^(i|you|he|she|it|we|they|one)(\/(i|you|he|she|it|we|they|one))* /i;

type Pos = "noun" | "verb" | "adj" | "adv";

const POS_OF_TAG: Record<string, Pos> = {
  m: "noun",
  f: "noun",
  n: "noun",
  pl: "noun",
  "m,f": "noun",
  "m,n": "noun",
  "n,m": "noun",
  "f,n": "noun",
  vt: "verb",
  vi: "verb",
  vr: "verb",
  v: "verb",
  adj: "adj",
  adv: "adv",
};

/** One synonym of a sub-entry with its marks taken off. */
interface Synonym {
  readonly text: string;
  readonly pos: Pos | undefined;
  readonly labels: readonly string[];
  readonly glossed: boolean;
  /** English only: the irregular forms in `{…}` (`to die {died; died}`). */
  readonly forms: readonly string[];
}

/** A sense found for one headword, before the headword's senses are ranked and capped. */
interface Candidate {
  readonly german: string[];
  pos: Pos | undefined;
  readonly labels: string[];
  name: boolean;
  /** Sort key, lower first: see `rankOf`. */
  readonly rank: readonly number[];
}

/** Converts Ding's text to the table's text (header included). */
export function convertDing(source: string): string {
  const version = /^# Version :: (.*)$/m.exec(source)?.[1]?.trim() ?? "unknown";
  // Per headword, its candidates by Ding line (a line's candidates merge into one sense).
  const byHeadword = new Map<string, Map<number, Candidate>>();
  const lines = source.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? "";
    if (line.startsWith("#")) continue;
    lineCandidates(line, n, (headword, candidate) => {
      let byLine = byHeadword.get(headword);
      if (!byLine) {
        byLine = new Map();
        byHeadword.set(headword, byLine);
      }
      const sameLine = byLine.get(n);
      if (sameLine) merge(sameLine, candidate);
      else byLine.set(n, candidate);
    });
  }
  const out = header(version);
  // UTF-16 code-unit order, the same on every machine and locale.
  const headwords = [...byHeadword.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const headword of headwords) {
    const candidates = [...(byHeadword.get(headword)?.values() ?? [])];
    if (headword.includes(" ") && candidates.every(specialist)) continue;
    const senses = finish(candidates);
    if (senses.length > 0) out.push(`${headword} = ${senses.join(" | ")}`);
  }
  return `${out.join("\n")}\n`;
}

function header(version: string): string[] {
  return [
    "# English→German dictionary table for article-bot, generated by `npm run dictionary` from Ding:",
    "# DO NOT EDIT; change scripts/dictionary/build.ts or src/analysis/dictionary-convert.ts instead.",
    `# Source: Ding, a German–English dictionary, version ${version}, https://dict.tu-chemnitz.de/`,
    "# Copyright (c) Frank Richter <frank.richter@hrz.tu-chemnitz.de>, 1995 - 2023.",
    "# License: GNU General Public License, version 2 or (at your option) any later version;",
    "# this derived table is distributed under the GPL, see dictionary.en-de.LICENSE and LICENSE.",
    "# Format: english = sense | sense …; a sense is German words separated by '; ', then optional",
    "# {verb|adj|adv} (capitalised words are nouns), {name} (the English was capitalised: a name) and [Ding labels].",
  ];
}

/** Conjugations: `ich/er/sie starb :: I/he/she died` is `starb :: died` (in sub-entries). */
function withoutPronouns(
  i: number,
  deSyns: Synonym[],
  enSyns: Synonym[],
): { deSyns: Synonym[]; enSyns: Synonym[] } {
  if (
    i === 0 ||
    !deSyns.every((s) => GERMAN_PRONOUNS.test(s.text)) ||
    !enSyns.every((s) => ENGLISH_PRONOUNS.test(s.text))
  )
    return { deSyns, enSyns };
  return {
    deSyns: deSyns.map((s) => ({ ...s, text: s.text.replace(GERMAN_PRONOUNS, "") })),
    enSyns: enSyns.map((s) => ({ ...s, text: s.text.replace(ENGLISH_PRONOUNS, "") })),
  };
}

/** Whether a sub-entry's English headword is worth a line of its own beside the head's. */
function keepsSubEntry(headword: string, headEnglish: ReadonlySet<string>): boolean {
  // Examples and set phrases of the sub-entries (`at my cost`, `to die a natural death`) are
  // kept up to two words (`corporal punishment`); the head's phrases up to four.
  if (headword.split(" ").length > MAX_SUB_ENTRY_PHRASE_WORDS) return false;
  // `you die :: du stirbst`, `die! :: stirb!`: the head already gives the word its sense.
  if (headEnglish.has(headword)) return false;
  // `eel stocks :: Aalbestände` beside `eel stock :: Aalbestand`: a phrase's plural is found
  // by its singular (see the README), so only single words keep their inflected forms.
  return !(headword.includes(" ") && singulars(headword).some((s) => headEnglish.has(s)));
}

function lineCandidates(
  line: string,
  n: number,
  add: (headword: string, candidate: Candidate) => void,
): void {
  const sides = line.split(" :: ");
  if (sides.length !== 2) return;
  const de = (sides[0] ?? "").split(" | ");
  const en = (sides[1] ?? "").split(" | ");
  if (de.length !== en.length) return;
  const headEnglish = new Set<string>();
  let headLabels: string[] = [];
  // A German gloss on the head narrows the sense: `eingehen (Haustiere) :: to die`.
  let headGlossed = false;
  for (let i = 0; i < de.length; i++) {
    const { deSyns, enSyns } = withoutPronouns(
      i,
      splitTop(de[i] ?? "").map(parseSynonym),
      splitTop(en[i] ?? "").map(parseSynonym),
    );
    const sense = senseOf(deSyns);
    if (i === 0) {
      headLabels = sense.labels;
      headGlossed = deSyns.some((s) => s.glossed);
    } else if (sense.labels.length === 0) sense.labels.push(...headLabels);
    if (sense.german.length === 0) continue;
    for (let position = 0; position < enSyns.length; position++) {
      const syn = enSyns[position] as Synonym;
      const english = englishHeadword(syn.text);
      if (!english || (i > 0 && !keepsSubEntry(english.headword, headEnglish))) continue;
      if (i === 0) headEnglish.add(english.headword);
      const labels = [...sense.labels, ...syn.labels.filter((l) => !sense.labels.includes(l))];
      const make = (form: number): Candidate => ({
        german: [...sense.german],
        pos: sense.pos ?? (english.verb ? "verb" : undefined),
        labels,
        name: english.name,
        rank: rankOf(labels, syn.glossed || headGlossed, i === 0 ? form : 2, position, de.length, n),
      });
      add(english.headword, make(0));
      for (const form of syn.forms) {
        const irregular = englishHeadword(form);
        if (irregular && irregular.headword !== english.headword) {
          add(irregular.headword, make(1));
        }
      }
    }
  }
}

/**
 * The sort key of a sense: general before domain-labelled before register-labelled (colloquial,
 * rare, regional); a core word's domain label (`sterben [biol.] [med.]`, 18 sub-entries) does not
 * count. Then a sense without a restricting gloss (`to die (of plants)`, `eingehen (Haustiere)`)
 * first; then the sense from a line's head before one from an inflected form or phrase; then
 * the English word's place among its synonyms; then richer Ding lines (commoner words have more
 * sub-entries) first; then file order.
 */
/** Lines with this many sub-entries are core words: their domain labels do not push them down. */
const CORE_SUB_ENTRIES = 6;

/** The singulars a regular English plural phrase may have (`radio waves` → `radio wave`). */
function singulars(phrase: string): string[] {
  const out: string[] = [];
  if (phrase.endsWith("ies")) out.push(`${phrase.slice(0, -3)}y`);
  if (phrase.endsWith("es")) out.push(phrase.slice(0, -2));
  if (phrase.endsWith("s")) out.push(phrase.slice(0, -1));
  return out;
}

function rankOf(
  labels: readonly string[],
  glossed: boolean,
  role: number,
  position: number,
  subEntries: number,
  line: number,
): number[] {
  const register = labels.some((l) => REGISTER_LABELS.has(l));
  const domain = labels.length > 0 && subEntries < CORE_SUB_ENTRIES;
  const tier = register ? 2 : domain ? 1 : 0;
  return [tier, glossed ? 1 : 0, role, Math.min(position, 3), -Math.min(subEntries, 20), line];
}

function senseOf(synonyms: readonly Synonym[]): { german: string[]; pos: Pos | undefined; labels: string[] } {
  const german: string[] = [];
  const marked: string[] = [];
  const labels: string[] = [];
  const last = synonyms.length - 1;
  synonyms.forEach((syn, i) => {
    const word = germanWord(syn.text);
    // Labels on the last synonym are the whole sub-entry's (`Kanaren; Kanarische Inseln [geogr.]`),
    // except register labels, which like all labels on an earlier synonym are that word's own.
    const register = syn.labels.filter((l) => REGISTER_LABELS.has(l));
    if (i === last || synonyms.length === 1) {
      for (const l of syn.labels) {
        if ((!REGISTER_LABELS.has(l) || synonyms.length === 1) && !labels.includes(l)) labels.push(l);
      }
    }
    if (!word) return;
    const own = synonyms.length > 1 && register.length > 0;
    const list = own ? marked : german;
    if (!german.includes(word) && !marked.includes(word)) list.push(word);
  });
  const pos = synonyms.map((s) => s.pos).find((p) => p !== undefined);
  return { german: [...german, ...marked], pos, labels };
}

/** A sense of a science or engineering field only, from a line that is no core word. */
function specialist(c: Candidate): boolean {
  return (c.rank[0] ?? 0) > 0 && c.labels.length > 0 && c.labels.every((l) => SPECIALIST_LABELS.has(l));
}

function merge(into: Candidate, from: Candidate): void {
  for (const word of from.german) if (!into.german.includes(word)) into.german.push(word);
  for (const label of from.labels) if (!into.labels.includes(label)) into.labels.push(label);
  into.pos ??= from.pos;
  into.name ||= from.name;
}

/** A headword's senses, ranked, without words an earlier sense has, capped, as table text. */
function finish(candidates: Candidate[]): string[] {
  const ranked = [...candidates].sort((a, b) => compareRanks(a.rank, b.rank));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of ranked) {
    if (out.length >= MAX_SENSES) break;
    const german = c.german.filter((w) => !seen.has(w)).slice(0, MAX_WORDS_PER_SENSE);
    if (german.length === 0) continue;
    for (const w of german) seen.add(w);
    const marks = [
      // German nouns are capitalised: no mark needed (the loader tells them by it).
      ...(c.pos && c.pos !== "noun" ? [`{${c.pos}}`] : []),
      ...(c.name ? ["{name}"] : []),
      ...c.labels.map((l) => `[${l}]`),
    ];
    out.push([german.join("; "), ...marks].join(" "));
  }
  return out;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Splits on `;` outside brackets (`{prp; +Dat.}`, `{died; died}` stay whole). */
function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{" || c === "[" || c === "(" || c === "<") depth++;
    else if ((c === "}" || c === "]" || c === ")" || c === ">") && depth > 0) depth--;
    else if (c === ";" && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

function parseSynonym(raw: string): Synonym {
  let pos: Pos | undefined;
  const labels: string[] = [];
  const forms: string[] = [];
  let text = raw;
  if (text.includes("{"))
    text = text.replace(/\{([^}]*)\}/g, (_, tag: string) => {
      const t = tag.trim();
      const p = POS_OF_TAG[t];
      if (p) pos ??= p;
      else if (!t.startsWith("+") && !t.startsWith("prp") && /^[a-z ,;’'-]+$/.test(t) && t.includes(";")) {
        forms.push(...t.split(/[;,]/).map((f) => f.trim()));
      }
      return " ";
    });
  if (text.includes("["))
    text = text.replace(/\[([^\]]*)\]/g, (_, label: string) => {
      const l = label.trim();
      if (/^[\p{L}.]+$/u.test(l) && !IGNORED_LABELS.has(l) && !labels.includes(l)) labels.push(l);
      return " ";
    });
  const glossed = text.includes("(");
  if (glossed) text = text.replace(/\([^)]*\)/g, " ");
  if (text.includes("<")) text = text.replace(/<[^>]*>/g, " ");
  if (text.includes("/")) text = text.replace(/(^|\s)\/[^/]*\/(?=\s|$)/g, " ");
  text = text.replace(/\s+/g, " ").trim();
  return { text, pos, labels, glossed, forms };
}

/** Characters that would break the table's format or show a sentence, not a word. */
const UNUSABLE = /[|;=#{}[\]<>()/…?!"„“”:]|\.\.|[.,]$/;

function germanWord(text: string): string | undefined {
  // Placeholders go; one inside a phrase takes the words before it along (`auf jdn. aufpassen`
  // → `aufpassen`, `jdm. etw. geben` → `geben`), which would not stand together in a text.
  const parts = text.split(GERMAN_PLACEHOLDER_SPLIT).filter((p) => p.trim() !== "");
  const word = (parts[parts.length - 1] ?? "").replace(/\s+/g, " ").trim();
  if (!word || UNUSABLE.test(word) || !/\p{L}/u.test(word)) return undefined;
  if (word.split(" ").length > MAX_PHRASE_WORDS) return undefined;
  return word;
}

function englishHeadword(text: string): { headword: string; verb: boolean; name: boolean } | undefined {
  let t = text.replace(/’/g, "'");
  const verb = t.startsWith("to ");
  if (verb) t = t.slice(3);
  t = t.replace(ENGLISH_PLACEHOLDERS, "$1").replace(/\s+/g, " ").trim();
  if (!t || UNUSABLE.test(t) || !/\p{L}/u.test(t) || t.startsWith("-") || t.endsWith("-")) return undefined;
  const words = t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return undefined;
  const name = /^\p{Lu}/u.test(t) || / \p{Lu}/u.test(t);
  return { headword: t.toLowerCase(), verb, name };
}
