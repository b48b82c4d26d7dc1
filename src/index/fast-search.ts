/**
 * minisearch's `search`, made cheap for large corpora. Same index, same BM25 arithmetic in the same
 * order, so scores are bit for bit minisearch's and ties keep minisearch's order; what is saved is
 * minisearch's bookkeeping: a result object, a terms array and a match object per document and
 * term, one Map per query term merged into the next, and a sort of every matching document when
 * the caller wants only the best few. At 1,000 articles a query's terms occur in thousands of
 * passages, and that bookkeeping was nine tenths of a query.
 *
 * Reads minisearch's index through its `protected` fields (a subclass, as the modifier intends).
 * Options this module does not implement go to `mini.search` itself; a test compares both on every
 * question of the quality sets, so a minisearch upgrade that changes the internals fails there.
 */
import MiniSearch, { type SearchOptions } from "minisearch";
import { memoizeWord } from "../analysis/memo.ts";

/** One matching document, as minisearch's SearchResult has it (without `match`). */
export interface FastResult {
  readonly id: string;
  /** minisearch's score: the BM25 sum times the number of query terms that matched. */
  readonly score: number;
  /** Index terms of the document that matched (exact, prefix or typo), in the order first matched. */
  readonly terms: string[];
  /** Query terms that matched, in query order. */
  readonly queryTerms: string[];
}

/** The subset of minisearch's search options we use, plus `top`. */
export interface FastSearchOptions
  extends Pick<
    SearchOptions,
    | "fields"
    | "tokenize"
    | "processTerm"
    | "boostTerm"
    | "prefix"
    | "fuzzy"
    | "maxFuzzy"
    | "weights"
    | "boost"
    | "bm25"
  > {
  /** Keeps only documents for which this returns true (called with the id and score). */
  readonly filter?: (result: { id: string; score: number }) => boolean;
  /** Only the best `top` results, in the order a full sort would give them (all when unset). */
  readonly top?: number;
  /**
   * Counts, over every document that matches and passes the filter (not only the `top`), the
   * documents each group of query terms matches: `of` names a query term's group, `into` receives
   * group → document count. Lets the caller weigh a group by its document frequency.
   */
  readonly countGroups?: GroupCounts;
}

/** See `FastSearchOptions.countGroups`. */
export interface GroupCounts {
  readonly of: (queryTerm: string) => number;
  readonly into: Map<number, number>;
}

/** Search over one minisearch index, built by `fastSearcher`. */
export interface FastSearcher {
  /** The results `mini.search(query, options)` gives, best first (the first `top` of them). */
  search(query: string, options?: FastSearchOptions): FastResult[];
}

type FieldTermData = Map<number, Map<number, number>>;
type Bm25 = { k: number; b: number; d: number };
/** What the search reads of minisearch's index. */
interface Internals {
  /** minisearch's radix tree of index terms. */
  readonly index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  readonly documentCount: number;
  readonly documentIds: Map<number, string>;
  readonly fieldIds: { readonly [field: string]: number };
  readonly fieldLength: Map<number, number[]>;
  readonly avgFieldLength: number[];
  readonly nextId: number;
  readonly fields: readonly string[];
  readonly tokenize: (text: string) => string[];
  readonly processTerm: (term: string) => string | string[] | null | undefined | false;
  readonly searchOptions: SearchOptions;
}

/** minisearch's internals, read through a subclass as its `protected` modifier intends. */
class IndexInternals<T> extends MiniSearch<T> {
  static of<T>(mini: MiniSearch<T>): Internals {
    const m = mini as IndexInternals<T>;
    return {
      index: m._index,
      documentCount: m._documentCount,
      documentIds: m._documentIds as Map<number, string>,
      fieldIds: m._fieldIds,
      fieldLength: m._fieldLength,
      avgFieldLength: m._avgFieldLength,
      nextId: m._nextId,
      fields: m._options.fields,
      tokenize: m._options.tokenize,
      processTerm: m._options.processTerm,
      searchOptions: m._options.searchOptions,
    };
  }
}

const SUPPORTED = new Set<string>([
  "fields",
  "tokenize",
  "processTerm",
  "boostTerm",
  "prefix",
  "fuzzy",
  "maxFuzzy",
  "weights",
  "boost",
  "bm25",
  "filter",
  "top",
  "countGroups",
]);
// minisearch's defaults for `weights` (it does not export them).
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

/** A searcher over a built or loaded index; the index must not change afterwards. */
export function fastSearcher<T>(mini: MiniSearch<T>): FastSearcher {
  const ix = IndexInternals.of(mini);
  const scratch = new Scratch(ix.nextId);
  const norms = new LengthNorms(ix);
  const expansions = new Expansions(ix);
  // What the index was constructed with applies to every search: only OR, and no document boost or filter.
  const constructedPlain =
    String(ix.searchOptions.combineWith ?? "or").toLowerCase() === "or" &&
    ix.searchOptions.boostDocument === undefined &&
    ix.searchOptions.filter === undefined;
  return {
    search(query, options = {}) {
      const usable =
        constructedPlain &&
        Object.keys(options).every((o) => SUPPORTED.has(o)) &&
        ix.documentIds.size === ix.documentCount &&
        mini.dirtCount === 0;
      const results = usable ? run(ix, scratch, norms, expansions, query, plan(ix, options)) : undefined;
      return results ?? viaMinisearch(mini, query, options);
    },
  };
}

/** `top` as both paths read it: -1 for all results. */
function topOf(options: FastSearchOptions): number {
  return options.top === undefined || options.top < 0 ? -1 : options.top;
}

/** The options as one fixed shape, so the code below sees one hidden class (no deoptimisation). */
interface Plan {
  /** The query's terms, as minisearch's tokenize and processTerm make them. */
  readonly tokenize: (query: string) => string[];
  readonly fields: { id: number; boost: number }[];
  readonly fuzzy: SearchOptions["fuzzy"];
  readonly prefix: SearchOptions["prefix"];
  readonly boostTerm: SearchOptions["boostTerm"];
  readonly maxFuzzy: number;
  readonly fuzzyWeight: number;
  readonly prefixWeight: number;
  readonly bm25: Bm25;
  readonly filter: FastSearchOptions["filter"] | null;
  readonly top: number;
  readonly countGroups: GroupCounts | null;
}

function plan(ix: Internals, options: FastSearchOptions): Plan {
  const o = { ...ix.searchOptions, ...options };
  const boost = o.boost ?? {};
  const tokenize = o.tokenize ?? ix.tokenize;
  const processTerm = o.processTerm ?? ix.processTerm;
  const weights = { ...DEFAULT_WEIGHTS, ...o.weights };
  return {
    tokenize: (query) =>
      tokenize(query)
        .flatMap((t) => processTerm(t))
        .filter((t): t is string => !!t),
    fields: (o.fields ?? ix.fields).map((field) => ({
      id: ix.fieldIds[field] as number,
      boost: (Object.hasOwn(boost, field) ? boost[field] : undefined) || 1,
    })),
    fuzzy: o.fuzzy,
    prefix: o.prefix,
    boostTerm: o.boostTerm,
    maxFuzzy: o.maxFuzzy ?? 6,
    fuzzyWeight: weights.fuzzy,
    prefixWeight: weights.prefix,
    bm25: o.bm25 as Bm25,
    filter: options.filter ?? null,
    top: topOf(options),
    countGroups: options.countGroups ?? null,
  };
}

/** Working memory of one query, sized to the index once and reused (search is synchronous). */
class Scratch {
  readonly total: Float64Array;
  readonly matchedTerms: Int32Array;
  readonly seen: Uint32Array;
  readonly order: Int32Array;
  readonly spec: Float64Array;
  readonly specSeen: Uint32Array;
  readonly specDocs: Int32Array;
  readonly slotOf: Int32Array;
  readonly candidates: Int32Array;
  readonly scores: Float64Array;
  readonly select: Float64Array;
  /** Per document, a bit per group of query terms it matched (two words: up to 64 groups). */
  readonly groupsLow: Uint32Array;
  readonly groupsHigh: Uint32Array;
  /** Every (document, index term) pair scored, in order: which terms matched a kept document. */
  logDoc = new Int32Array(1024);
  logTerm = new Int32Array(1024);
  logged = 0;
  ordered = 0;
  specCount = 0;
  stamp = 0;

  constructor(size: number) {
    this.total = new Float64Array(size);
    this.matchedTerms = new Int32Array(size);
    this.seen = new Uint32Array(size);
    this.order = new Int32Array(size);
    this.spec = new Float64Array(size);
    this.specSeen = new Uint32Array(size);
    this.specDocs = new Int32Array(size);
    this.slotOf = new Int32Array(size);
    this.candidates = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.select = new Float64Array(size);
    this.groupsLow = new Uint32Array(size);
    this.groupsHigh = new Uint32Array(size);
  }

  /** A number not used to mark any document yet. */
  nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.specSeen.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
    return this.stamp;
  }

  reserveLog(more: number): void {
    if (this.logged + more <= this.logDoc.length) return;
    const size = Math.max(2 * this.logDoc.length, this.logged + more);
    const doc = new Int32Array(size);
    doc.set(this.logDoc.subarray(0, this.logged));
    this.logDoc = doc;
    const term = new Int32Array(size);
    term.set(this.logTerm.subarray(0, this.logged));
    this.logTerm = term;
  }
}

/** Per BM25 setting, field and document: the length normalisation `k·(1 − b + b·len/avg)`, as minisearch computes it. */
class LengthNorms {
  private readonly cache = new Map<string, Float64Array[]>();
  constructor(private readonly ix: Internals) {}

  of(bm25: Bm25): Float64Array[] {
    const key = `${bm25.k} ${bm25.b}`;
    let norms = this.cache.get(key);
    if (!norms) {
      const { k, b } = bm25;
      norms = this.ix.avgFieldLength.map((avgFieldLength, fieldId) => {
        const out = new Float64Array(this.ix.nextId).fill(Number.NaN);
        for (const [docId, lengths] of this.ix.fieldLength) {
          const fieldLength = lengths[fieldId] as number;
          out[docId] = k * (1 - b + (b * fieldLength) / avgFieldLength);
        }
        return out;
      });
      this.cache.set(key, norms);
    }
    return norms;
  }
}

/** An index term a query term matches with typos: the term, its postings, its edit distance. */
type FuzzyMatch = readonly [term: string, data: FieldTermData, distance: number];

/** Most distinct query terms whose expansions are kept; beyond, they are found again. */
const MAX_EXPANSIONS = 10_000;

/**
 * The index terms each query term reaches by prefix or with typos, kept per query term: the index
 * does not change, users ask with the same words again and again, and walking the term tree for
 * typos is the costliest step of a query. Kept in the tree's order, which scoring depends on.
 */
class Expansions {
  /** The index terms that start with `term` (itself included), with their postings. */
  readonly prefix: (term: string) => readonly (readonly [string, FieldTermData])[];
  private readonly typosWithin = new Map<number, (term: string) => readonly FuzzyMatch[]>();

  constructor(private readonly ix: Internals) {
    this.prefix = memoizeWord((term) => [...ix.index.atPrefix(term)], MAX_EXPANSIONS);
  }

  /** The index terms within `maxDistance` edits of `term` (itself included). */
  fuzzy(term: string, maxDistance: number): readonly FuzzyMatch[] {
    let typos = this.typosWithin.get(maxDistance);
    if (!typos) {
      typos = memoizeWord(
        (t) =>
          [...this.ix.index.fuzzyGet(t, maxDistance)].map(([match, [data, distance]]) => [
            match,
            data,
            distance,
          ]),
        MAX_EXPANSIONS,
      );
      this.typosWithin.set(maxDistance, typos);
    }
    return typos(term);
  }
}

/**
 * The search, or undefined where this loop would not give minisearch's answer: a query term given
 * twice (minisearch counts distinct terms), or more groups than `countGroups` has bits for.
 */
function run(
  ix: Internals,
  s: Scratch,
  lengthNorms: LengthNorms,
  expansions: Expansions,
  query: string,
  p: Plan,
): FastResult[] | undefined {
  const terms = p.tokenize(query);
  if (new Set(terms).size !== terms.length) return undefined;
  const groups = p.countGroups ? groupBits(terms, p.countGroups) : undefined;
  if (groups && groups.bitGroups.length > MAX_GROUPS) return undefined;
  const derived: string[] = [];
  const derivedQueryTerm: number[] = [];
  s.logged = 0;
  s.ordered = 0;
  const searchStamp = s.nextStamp();
  const scoreTerm = termScorer(ix, s, p, lengthNorms.of(p.bm25), derived, derivedQueryTerm);
  for (let specIndex = 0; specIndex < terms.length; specIndex++) {
    scoreQueryTerm(ix, terms, specIndex, s, p, expansions, scoreTerm);
    mergeTerm(s, searchStamp, groups?.bitOfTerm[specIndex] ?? 0);
  }
  return finish(ix, s, p, terms, derived, derivedQueryTerm, groups);
}

/** Scores one index term (the query term itself, or a prefix or typo expansion of it). */
type ScoreTerm = (
  specIndex: number,
  specStamp: number,
  termBoost: number,
  derivedTerm: string,
  termWeight: number,
  data: FieldTermData | undefined,
) => void;

/** The scorer of index terms for one search, recording each term that matched. */
function termScorer(
  ix: Internals,
  s: Scratch,
  p: Plan,
  norms: readonly Float64Array[],
  derived: string[],
  derivedQueryTerm: number[],
): ScoreTerm {
  return (specIndex, specStamp, termBoost, derivedTerm, termWeight, data) => {
    if (data == null) return;
    const derivedIndex = derived.push(derivedTerm) - 1;
    derivedQueryTerm.push(specIndex);
    for (const field of p.fields) {
      const freqs = data.get(field.id);
      if (freqs == null) continue;
      const matching = freqs.size;
      const idf = Math.log(1 + (ix.documentCount - matching + 0.5) / (matching + 0.5));
      // minisearch multiplies left to right: termWeight·termBoost·fieldBoost·docBoost(1)·BM25.
      const weight = termWeight * termBoost * field.boost * 1;
      const norm = norms[field.id] as Float64Array;
      addPostings(s, freqs, idf, weight, p.bm25.d, p.bm25.k + 1, norm, specStamp, derivedIndex);
    }
  };
}

/** Scores one query term: exact, then its prefix expansions, then its typo expansions, as minisearch does. */
function scoreQueryTerm(
  ix: Internals,
  terms: string[],
  specIndex: number,
  s: Scratch,
  p: Plan,
  expansions: Expansions,
  scoreTerm: ScoreTerm,
): void {
  const term = terms[specIndex] as string;
  const fuzzy = typeof p.fuzzy === "function" ? p.fuzzy(term, specIndex, terms) : p.fuzzy || false;
  const prefix = typeof p.prefix === "function" ? p.prefix(term, specIndex, terms) : p.prefix === true;
  const termBoost = typeof p.boostTerm === "function" ? p.boostTerm(term, specIndex, terms) : 1;
  const specStamp = s.nextStamp();
  s.specCount = 0;
  scoreTerm(specIndex, specStamp, termBoost, term, 1, ix.index.get(term));
  let fuzzyMatches: readonly FuzzyMatch[] | undefined;
  if (fuzzy) {
    const f = fuzzy === true ? 0.2 : fuzzy;
    const maxDistance = f < 1 ? Math.min(p.maxFuzzy, Math.round(term.length * f)) : f;
    if (maxDistance) fuzzyMatches = expansions.fuzzy(term, maxDistance);
  }
  // What a prefix match scored, a typo match does not score again (minisearch deletes it).
  const byPrefix = prefix && fuzzyMatches ? new Set<string>() : undefined;
  if (prefix) {
    for (const [t, data] of expansions.prefix(term)) {
      const distance = t.length - term.length;
      if (!distance) continue;
      byPrefix?.add(t);
      const weight = (p.prefixWeight * t.length) / (t.length + 0.3 * distance);
      scoreTerm(specIndex, specStamp, termBoost, t, weight, data);
    }
  }
  for (const [t, data, distance] of fuzzyMatches ?? []) {
    if (!distance || byPrefix?.has(t)) continue;
    scoreTerm(specIndex, specStamp, termBoost, t, (p.fuzzyWeight * t.length) / (t.length + distance), data);
  }
}

/** Adds one index term's postings in one field to the current query term's scores (minisearch's `termResults`). */
function addPostings(
  s: Scratch,
  freqs: Map<number, number>,
  idf: number,
  weight: number,
  d: number,
  k1: number,
  norm: Float64Array,
  specStamp: number,
  derivedIndex: number,
): void {
  s.reserveLog(freqs.size);
  const { spec, specSeen, specDocs, logDoc, logTerm } = s;
  let logged = s.logged;
  let count = s.specCount;
  for (const [docId, tf] of freqs) {
    const weighted = weight * (idf * (d + (tf * k1) / (tf + (norm[docId] as number))));
    if (specSeen[docId] === specStamp) spec[docId] = (spec[docId] as number) + weighted;
    else {
      specSeen[docId] = specStamp;
      spec[docId] = weighted;
      specDocs[count++] = docId;
    }
    logDoc[logged] = docId;
    logTerm[logged] = derivedIndex;
    logged++;
  }
  s.logged = logged;
  s.specCount = count;
}

/**
 * minisearch's OR: the first query term's results, then each next one's added (or appended); and
 * the term's group bit set on each document (written afresh on a document's first term, so nothing
 * carries over from the previous query).
 */
function mergeTerm(s: Scratch, searchStamp: number, bit: number): void {
  const { specDocs, spec, seen, total, matchedTerms, order, groupsLow, groupsHigh } = s;
  const low = bit < 32 ? 2 ** bit : 0;
  const high = bit < 32 ? 0 : 2 ** (bit - 32);
  for (let i = 0; i < s.specCount; i++) {
    const docId = specDocs[i] as number;
    if (seen[docId] === searchStamp) {
      total[docId] = (total[docId] as number) + (spec[docId] as number);
      matchedTerms[docId] = (matchedTerms[docId] as number) + 1;
      groupsLow[docId] = ((groupsLow[docId] as number) | low) >>> 0;
      groupsHigh[docId] = ((groupsHigh[docId] as number) | high) >>> 0;
    } else {
      seen[docId] = searchStamp;
      total[docId] = spec[docId] as number;
      matchedTerms[docId] = 1;
      groupsLow[docId] = low;
      groupsHigh[docId] = high;
      order[s.ordered++] = docId;
    }
  }
}

/** Final scores, filter, the best `top`, and the terms each kept document matched; sorted like minisearch. */
function finish(
  ix: Internals,
  s: Scratch,
  p: Plan,
  terms: readonly string[],
  derived: readonly string[],
  derivedQueryTerm: readonly number[],
  groups: GroupBits | undefined,
): FastResult[] {
  const { candidates, scores, order, total, matchedTerms } = s;
  let count = 0;
  for (let i = 0; i < s.ordered; i++) {
    const docId = order[i] as number;
    // minisearch: score × the number of query terms matched.
    const score = (total[docId] as number) * (matchedTerms[docId] as number);
    if (p.filter && !p.filter({ id: ix.documentIds.get(docId) as string, score })) continue;
    if (groups) countGroupsOf(s, docId, groups);
    scores[count] = score;
    candidates[count++] = docId;
  }
  const kept = keepTop(
    candidates.subarray(0, count),
    scores.subarray(0, count),
    p.top,
    s.select.subarray(0, count),
  );
  const resultStamp = s.nextStamp();
  const results: FastResult[] = [];
  for (let i = 0; i < kept.docs.length; i++) {
    const docId = kept.docs[i] as number;
    s.seen[docId] = resultStamp;
    s.slotOf[docId] = i;
    const id = ix.documentIds.get(docId) as string;
    results.push({ id, score: kept.scores[i] as number, terms: [], queryTerms: [] });
  }
  for (let i = 0; i < s.logged; i++) {
    const docId = s.logDoc[i] as number;
    if (s.seen[docId] !== resultStamp) continue;
    const r = results[s.slotOf[docId] as number] as FastResult;
    const t = s.logTerm[i] as number;
    const term = derived[t] as string;
    const source = terms[derivedQueryTerm[t] as number] as string;
    if (!r.terms.includes(term)) r.terms.push(term);
    if (!r.queryTerms.includes(source)) r.queryTerms.push(source);
  }
  // Stable, like minisearch's sort: equal scores keep their order.
  return results.sort((a, b) => b.score - a.score);
}

/** At most this many groups: one bit each in two 32-bit words per document. */
const MAX_GROUPS = 64;

/** The groups of a query's terms: the group of each bit, and the bit of each query term. */
interface GroupBits {
  readonly bitGroups: readonly number[];
  readonly bitOfTerm: readonly number[];
  readonly into: Map<number, number>;
}

function groupBits(terms: readonly string[], counts: GroupCounts): GroupBits {
  const bitGroups: number[] = [];
  const bitOfTerm = terms.map((t) => {
    const group = counts.of(t);
    const known = bitGroups.indexOf(group);
    return known >= 0 ? known : bitGroups.push(group) - 1;
  });
  return { bitGroups, bitOfTerm, into: counts.into };
}

/** Adds one kept document's groups to the counts. */
function countGroupsOf(s: Scratch, docId: number, groups: GroupBits): void {
  for (let bit = 0; bit < groups.bitGroups.length; bit++) {
    const word = bit < 32 ? (s.groupsLow[docId] as number) : (s.groupsHigh[docId] as number);
    if (Math.floor(word / 2 ** (bit % 32)) % 2 === 1) {
      const group = groups.bitGroups[bit] as number;
      groups.into.set(group, (groups.into.get(group) ?? 0) + 1);
    }
  }
}

/**
 * The first `top` of a stable sort by descending score, still in their original order: every
 * document scoring above the top-th best score, and as many of those tying with it as fit, first come.
 */
function keepTop(
  docs: Int32Array,
  scores: Float64Array,
  top: number,
  scratch: Float64Array,
): { docs: Int32Array; scores: Float64Array } {
  if (top < 0 || top >= docs.length) return { docs, scores };
  if (top === 0) return { docs: docs.subarray(0, 0), scores: scores.subarray(0, 0) };
  scratch.set(scores);
  const threshold = kthLargest(scratch, top);
  let above = 0;
  for (const s of scores) if (s > threshold) above++;
  let ties = top - above;
  const keptDocs = new Int32Array(top);
  const keptScores = new Float64Array(top);
  let n = 0;
  for (let i = 0; i < docs.length && n < top; i++) {
    const s = scores[i] as number;
    if (s > threshold || (s === threshold && ties-- > 0)) {
      keptDocs[n] = docs[i] as number;
      keptScores[n++] = s;
    }
  }
  return { docs: keptDocs, scores: keptScores };
}

/** The k-th largest value (1-based) of `values`, which it reorders (Hoare's quickselect). */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

function viaMinisearch<T>(mini: MiniSearch<T>, query: string, options: FastSearchOptions): FastResult[] {
  const { top: _top, filter, countGroups, ...rest } = options;
  const top = topOf(options);
  const results = mini.search(query, {
    ...rest,
    ...(filter ? { filter: (r: { id: string; score: number }) => filter({ id: r.id, score: r.score }) } : {}),
  });
  if (countGroups)
    for (const r of results)
      for (const group of new Set(r.queryTerms.map(countGroups.of)))
        countGroups.into.set(group, (countGroups.into.get(group) ?? 0) + 1);
  return results
    .slice(0, top < 0 ? undefined : top)
    .map((r) => ({ id: r.id as string, score: r.score, terms: r.terms, queryTerms: r.queryTerms }));
}
