/**
 * Which speaker a user means: any form the article uses, an English form, a glossary translation
 * (`Zelensky` → Selenskyj, `Kremlin chief` → Kremlchef), or a misspelt name (`Trum`, `Merts`),
 * compared by edit distance and by German phonetics (Kölner Phonetik).
 *
 * A query is scored against the speakers it could name only: a `SpeakerIndex` (built once per
 * quote book) finds them by exact alias, translation, an alias's first or last word, four letters
 * of an alias (for a query in parts), or, for a misspelling, among the name words of about the
 * query's length. Each candidate is scored exactly as against all speakers, in the speakers' order,
 * so the answer is the same; the cost grows with the speakers a query could mean, not with the corpus.
 */
import type { Glossary } from "../analysis/glossary.ts";
import { foldPhrase } from "../analysis/normalize.ts";
import type { StopWords } from "../analysis/stopwords.ts";
import type { Speaker } from "./quote.ts";

export interface SpeakerMatch {
  /** The canonical name: the same person in several articles is one match. */
  readonly name: string;
  readonly speakers: readonly Speaker[];
  readonly score: number;
  /** Folded query words left over beyond the speaker (`Trump deal` → ["deal"]), for ranking their quotes. */
  readonly rest: readonly string[];
}

interface Alias {
  /** Folded words joined by one space. */
  readonly key: string;
  /** A person's name (fuzzy matching applies), not a role or an English description. */
  readonly isName: boolean;
}

// Scores of the ways a query can name a speaker; the best way wins.
const EXACT = 100;
const TRANSLATED = 90;
const TRANSLATED_WORD = 80;
const TRANSLATED_PARTS = 70;
const MISSPELT = 60;
const CONTAINED = 50;
const LEADING = /^(der|die|das|dem|den|des|ein|eine|einem|einen|einer|the|a|an) /;
const MIN_ALIAS = 3;

function fold(text: string): string {
  return foldPhrase(text).replace(LEADING, "");
}

/** The aliases of a speaker, folded: forms, names and English forms. */
export function aliasesOf(speaker: Speaker): Alias[] {
  const names = new Set<string>();
  for (const f of speaker.forms) {
    // Name words are capitalised and not role nouns: "Donald Trump", "Trump", "Putins".
    if (speaker.kind === "person" && /^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?$/u.test(f) && !/-/.test(f))
      names.add(fold(f));
  }
  const all = new Map<string, Alias>();
  for (const f of [...speaker.forms, speaker.name, ...speaker.english]) {
    const key = fold(f);
    if (key.length >= MIN_ALIAS && !all.has(key)) all.set(key, { key, isName: names.has(key) });
  }
  return [...all.values()];
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/** Kölner Phonetik code of a folded word: German spellings that sound alike share a code (Merz, Merts). */
export function colognePhonetic(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  let code = "";
  for (let i = 0; i < w.length; i++) {
    const c = w[i] ?? "";
    const prev = w[i - 1] ?? "";
    const next = w[i + 1] ?? "";
    let d = "";
    if ("aeijouy".includes(c)) d = "0";
    else if (c === "h") d = "";
    else if (c === "b") d = "1";
    else if (c === "p") d = next === "h" ? "3" : "1";
    else if (c === "d" || c === "t") d = "csz".includes(next) ? "8" : "2";
    else if ("fvw".includes(c)) d = "3";
    else if ("gkq".includes(c)) d = "4";
    else if (c === "c") {
      const hard = "ahkloqrux";
      d =
        i === 0
          ? hard.includes(next)
            ? "4"
            : "8"
          : "sz".includes(prev) || !"ahkoqux".includes(next)
            ? "8"
            : "4";
    } else if (c === "x") d = "ckq".includes(prev) ? "8" : "48";
    else if (c === "l") d = "5";
    else if (c === "m" || c === "n") d = "6";
    else if (c === "r") d = "7";
    else if (c === "s" || c === "z") d = "8";
    code += d;
  }
  const collapsed = code.replace(/(.)\1+/g, "$1");
  return collapsed[0] + collapsed.slice(1).replace(/0/g, "");
}

/** Whether a typed word is a misspelling of a name word. */
function misspelt(typed: string, name: string): boolean {
  if (typed.length < 4 || name.length < 4) return false;
  return closeEnough(typed, name, () => colognePhonetic(typed) === colognePhonetic(name));
}

/** `misspelt` for words of four letters or more, the phonetic comparison made only when needed. */
function closeEnough(typed: string, name: string, soundAlike: () => boolean): boolean {
  const d = withinTwoEdits(typed, name);
  return d <= 1 || (d === 2 && (typed.length >= 8 || soundAlike()));
}

/**
 * `editDistance(a, b, 2)` when it is 2 or less, else 3: the same optimal string alignment, in two
 * reused rows of the three it needs, stopping as soon as no alignment can come back to 2 or less.
 */
export function withinTwoEdits(a: string, b: string): number {
  const max = 2;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0); // row i - 2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  let current = new Array<number>(b.length + 1).fill(0);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (before[j - 2] ?? 0) + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later cell adds to one of these two rows (a transposition to the earlier, plus one).
    if (rowMin > max && previousMin >= max) return max + 1;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

function containsWords(haystack: readonly string[], needle: readonly string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, k) => haystack[i + k] === w)) return i;
  }
  return -1;
}

/** What matching a speaker reads: stop words, and the glossary for English queries (`Kremlin chief`). */
export interface SpeakerTables {
  readonly glossary?: Glossary;
  readonly stopWords: StopWords;
}

/** A query folded and translated once, to be scored against every speaker's aliases. */
interface SpeakerQuery {
  readonly q: string;
  readonly qWords: readonly string[];
  readonly content: readonly string[];
  readonly translated: readonly string[];
  /** Each content word with its translations. */
  readonly parts: readonly (readonly string[])[];
  /** The translations of the English form closest to a misspelt query; made at first need. */
  fuzzy(): readonly string[];
}

function speakerQuery(query: string, { glossary, stopWords: stop }: SpeakerTables): SpeakerQuery {
  const q = fold(query);
  const qWords = q.split(" ").filter(Boolean);
  const content = qWords.filter((w) => !stop.de.has(w) && !stop.en.has(w));
  let fuzzy: readonly string[] | undefined;
  return {
    q,
    qWords,
    content,
    translated: (glossary?.lookup(q) ?? []).map(fold),
    parts: content.map((w) => [w, ...(glossary?.lookup(w) ?? []).map(fold)]),
    fuzzy() {
      fuzzy ??=
        glossary && q.length >= 5 ? (glossary.lookupFuzzy(q, q.length >= 8 ? 2 : 1) ?? []).map(fold) : [];
      return fuzzy;
    },
  };
}

/** How well a query names a speaker with these aliases (0: not at all), and the words left over. */
function scoreAliases(
  { q, qWords, content, translated, parts, fuzzy }: SpeakerQuery,
  aliases: readonly Alias[],
  { stopWords: stop }: SpeakerTables,
): { score: number; rest: string[] } {
  const keys = new Set(aliases.map((a) => a.key));
  if (keys.has(q)) return { score: EXACT, rest: [] };
  if (translated.some((t) => keys.has(t))) return { score: TRANSLATED, rest: [] };
  const aliasWords = aliases.map((a) => a.key.split(" "));
  if (translated.some((t) => aliasWords.some((ws) => ws.at(-1) === t)))
    return { score: TRANSLATED_WORD, rest: [] };
  if (content.length > 0) {
    const covered = aliases.some((a) =>
      parts.every((alts) =>
        alts.some((t) => t.length >= 4 && a.key.replace(/ /g, "").includes(t.replace(/ /g, ""))),
      ),
    );
    if (covered && content.length > 1) return { score: TRANSLATED_PARTS, rest: [] };
  }
  const names = aliases.filter((a) => a.isName);
  if (names.some((n) => misspelt(q, n.key) || n.key.split(" ").some((w) => misspelt(q, w)))) {
    return { score: MISSPELT, rest: [] };
  }
  if (fuzzy().some((t) => keys.has(t))) return { score: MISSPELT, rest: [] };
  let best: { score: number; rest: string[] } = { score: 0, rest: [] };
  for (const a of aliases) {
    const needle = a.key.split(" ");
    const at = containsWords(qWords, needle);
    if (at < 0 || stop.de.has(a.key) || stop.en.has(a.key)) continue;
    const score = CONTAINED + needle.length;
    if (score > best.score) {
      const rest = [...qWords.slice(0, at), ...qWords.slice(at + needle.length)];
      best = { score, rest: rest.filter((w) => !stop.de.has(w) && !stop.en.has(w)) };
    }
  }
  return best;
}

/**
 * The speaker a query names, if exactly one name scores best (or one of the best has quotes);
 * otherwise undefined (a topic). Never throws. Scores every speaker: `matchIndexedSpeaker` gives
 * the same answer reading only the speakers the query could name.
 */
export function matchSpeaker(
  speakers: readonly Speaker[],
  query: string,
  tables: SpeakerTables,
  aliasCache: Map<Speaker, Alias[]> = new Map(),
  quoted: ReadonlySet<string> = new Set(),
): SpeakerMatch | undefined {
  const prepared = speakerQuery(query, tables);
  if (!prepared.q) return undefined;
  const scored = speakers.map((s) => {
    let aliases = aliasCache.get(s);
    if (!aliases) {
      aliases = aliasesOf(s);
      aliasCache.set(s, aliases);
    }
    return { speaker: s, aliases };
  });
  return pickSpeaker(scored, prepared, tables, quoted);
}

/** The best-scoring name among `candidates` (in the speakers' order), as `matchSpeaker` picks it. */
function pickSpeaker(
  candidates: Iterable<{ speaker: Speaker; aliases: readonly Alias[] }>,
  prepared: SpeakerQuery,
  tables: SpeakerTables,
  quoted: ReadonlySet<string>,
): SpeakerMatch | undefined {
  const byName = new Map<string, { speakers: Speaker[]; score: number; rest: string[] }>();
  for (const { speaker: s, aliases } of candidates) {
    const { score, rest } = scoreAliases(prepared, aliases, tables);
    if (score === 0) continue;
    const known = byName.get(s.name);
    if (!known) byName.set(s.name, { speakers: [s], score, rest });
    else {
      known.speakers.push(s);
      if (score > known.score) Object.assign(known, { score, rest });
    }
  }
  const ranked = [...byName.entries()].sort((a, b) => b[1].score - a[1].score);
  const top = ranked.filter(([, m]) => m.score === ranked[0]?.[1].score);
  // "the president" fits two people: the one who has quotes is the one a /quote user means.
  const withQuotes = top.filter(([name]) => quoted.has(name));
  const pick = top.length === 1 ? top[0] : withQuotes.length === 1 ? withQuotes[0] : undefined;
  return pick ? { name: pick[0], ...pick[1] } : undefined;
}

/** The speakers of a quote book, looked up by what a query can match (see the module comment). */
export interface SpeakerIndex {
  readonly speakers: readonly Speaker[];
  /** Each speaker's aliases, at the speaker's position. */
  readonly aliases: readonly (readonly Alias[])[];
  /** Speaker positions by alias key, by an alias's first and last word, and by four letters of an alias (spaces left out). */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly byFirstWord: ReadonlyMap<string, readonly number[]>;
  readonly byLastWord: ReadonlyMap<string, readonly number[]>;
  readonly byGram: ReadonlyMap<string, readonly number[]>;
  /** Speaker positions by canonical name. */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Name words and whole names of four letters or more, by length: where a misspelling is looked for. */
  readonly namesByLength: ReadonlyMap<number, readonly NameTerm[]>;
}

interface NameTerm {
  readonly term: string;
  /** Its Kölner Phonetik code. */
  readonly code: string;
  /** Which letters occur (see letterMask): two edits change at most four of them. */
  readonly mask: number;
  readonly speakers: readonly number[];
}

const GRAM = 4;
/** `misspelt` looks no further than two edits, so no further than two letters longer or shorter. */
const MAX_EDITS = 2;

/** The index over `speakers`, their aliases made once. */
export function buildSpeakerIndex(speakers: readonly Speaker[]): SpeakerIndex {
  const byKey = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  const byLastWord = new Map<string, number[]>();
  const byGram = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const names = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  const aliases = speakers.map((speaker, at) => {
    const own = aliasesOf(speaker);
    add(byName, speaker.name, at);
    for (const a of own) {
      const words = a.key.split(" ");
      add(byKey, a.key, at);
      add(byFirstWord, words[0] ?? "", at);
      add(byLastWord, words.at(-1) ?? "", at);
      const compact = a.key.replace(/ /g, "");
      for (let i = 0; i + GRAM <= compact.length; i++) add(byGram, compact.slice(i, i + GRAM), at);
      if (a.isName) for (const term of [a.key, ...words]) if (term.length >= 4) add(names, term, at);
    }
    return own;
  });
  const namesByLength = new Map<number, NameTerm[]>();
  for (const [term, owners] of names) {
    const bucket = namesByLength.get(term.length) ?? [];
    bucket.push({ term, code: colognePhonetic(term), mask: letterMask(term), speakers: owners });
    namesByLength.set(term.length, bucket);
  }
  return { speakers, aliases, byKey, byFirstWord, byLastWord, byGram, byName, namesByLength };
}

/** `matchSpeaker` over the index's speakers (of one article, if `articleId`), scoring only those the query could name. */
export function matchIndexedSpeaker(
  index: SpeakerIndex,
  query: string,
  tables: SpeakerTables,
  quoted: ReadonlySet<string> = new Set(),
  articleId?: string,
): SpeakerMatch | undefined {
  const prepared = speakerQuery(query, tables);
  if (!prepared.q) return undefined;
  const inScope = (at: number) => !articleId || index.speakers[at]?.articleId === articleId;
  const candidate = (at: number) => ({
    speaker: index.speakers[at] as Speaker,
    aliases: index.aliases[at] ?? [],
  });
  // The two best ways of naming a speaker are known from the index alone: when a speaker is named
  // so, the best-scoring names are exactly theirs (a role many people share, `Kremlchef`, decides
  // without scoring anyone), and only the picked name's speakers are scored, for its list.
  for (const [score, keys] of [
    [EXACT, [prepared.q]],
    [TRANSLATED, prepared.translated],
  ] as const) {
    const tier = keys.flatMap((k) => index.byKey.get(k) ?? []).filter(inScope);
    if (tier.length === 0) continue;
    const top = [...new Set(tier.map((at) => index.speakers[at]?.name ?? ""))];
    const withQuotes = top.filter((name) => quoted.has(name));
    const pick = top.length === 1 ? top[0] : withQuotes.length === 1 ? withQuotes[0] : undefined;
    if (pick === undefined) return undefined;
    const speakers = (index.byName.get(pick) ?? [])
      .filter(inScope)
      .map(candidate)
      .filter((c) => scoreAliases(prepared, c.aliases, tables).score > 0)
      .map((c) => c.speaker);
    return { name: pick, speakers, score, rest: [] };
  }
  const found = candidatesOf(index, prepared);
  const positions = (
    found === "all" ? index.speakers.map((_, i) => i) : [...found].sort((a, b) => a - b)
  ).filter(inScope);
  return pickSpeaker(positions.map(candidate), prepared, tables, quoted);
}

/**
 * Every speaker `scoreAliases` could give more than 0 when none has the query or its translation as
 * an alias (or "all" when a query in parts has a part too short to look up by four letters): one
 * look-up per way of naming a speaker.
 */
function candidatesOf(index: SpeakerIndex, prepared: SpeakerQuery): Set<number> | "all" {
  const { qWords, content, translated, parts, q } = prepared;
  const found = new Set<number>();
  const take = (list: readonly number[] | undefined) => {
    if (list) for (const at of list) found.add(at);
  };
  // (Exact and translated aliases are decided before.) A translation as an alias's last word, the
  // translations of a misspelt English form.
  for (const t of translated) take(index.byLastWord.get(t));
  for (const t of prepared.fuzzy()) take(index.byKey.get(t));
  // A query in parts: every part in one alias, so the first part's forms in it.
  if (content.length > 1) {
    for (const t of parts[0] ?? []) {
      if (t.length < 4) continue;
      const compact = t.replace(/ /g, "");
      if (compact.length < GRAM) return "all";
      let rarest: readonly number[] | undefined;
      for (let i = 0; i + GRAM <= compact.length; i++) {
        const list = index.byGram.get(compact.slice(i, i + GRAM)) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      take(rarest);
    }
  }
  // A misspelt name: name words of about the query's length with about its letters.
  if (q.length >= 4) {
    const mask = letterMask(q);
    let code: string | undefined;
    const soundAlike = (name: NameTerm) => () => {
      code ??= colognePhonetic(q);
      return code === name.code;
    };
    for (let length = q.length - MAX_EDITS; length <= q.length + MAX_EDITS; length++) {
      for (const name of index.namesByLength.get(length) ?? []) {
        if (bitCount(name.mask ^ mask) <= 2 * MAX_EDITS && closeEnough(q, name.term, soundAlike(name)))
          take(name.speakers);
      }
    }
  }
  // An alias among the query's words (`Trump deal`).
  for (const w of qWords) take(index.byFirstWord.get(w));
  return found;
}

/** Which letters a word has, one bit per character code modulo 32: one edit changes at most two bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
