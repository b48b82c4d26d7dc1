/**
 * `sections()`: the table of contents; `section(name)`: the section a person means, found by its
 * number, its heading (German or English words, typos), or failing that by a word of its text.
 * A `HeadingIndex` (made once per index) holds the table of contents and finds the headings a
 * query's terms occur in, so a look-up scores those headings only, not every section of the corpus.
 */
import type { QueryTerm } from "../analysis/analyzer.ts";
import { foldPhrase } from "../analysis/normalize.ts";
import { words } from "../analysis/tokenize.ts";
import { type Article, SECTION_KIND_NAMES, type Section } from "../corpus/article.ts";
import type { SearchIndex } from "../index/search-index.ts";

export interface TocEntry {
  readonly article: Article;
  readonly section: Section;
  /** Position in the table of contents (1 = the lead); null for the photo caption. */
  readonly number: number | null;
}

export interface SectionResult {
  readonly query: string;
  readonly match: TocEntry | null;
  /** Other sections the query could mean, most likely first. */
  readonly alternatives: readonly TocEntry[];
}

const MAX_ALTERNATIVES = 5;
/** Hits a heading look-up reads from the text search: more than it scores (see `indexedSection`). */
const TEXT_HITS = 1_000;

/** The table of contents of every article, its headings looked up by folded title, index term and kind name. */
export interface HeadingIndex {
  /** Every section including the photo captions, in corpus order. */
  readonly toc: readonly TocEntry[];
  /** Each article's entries: [first, end) positions in `toc`. */
  readonly spans: ReadonlyMap<string, readonly [number, number]>;
  /** Each entry's position in `toc`, by `<article id>/<section index>`. */
  readonly byKey: ReadonlyMap<string, number>;
  readonly byFolded: ReadonlyMap<string, readonly number[]>;
  readonly byTerm: ReadonlyMap<string, readonly number[]>;
  /** The distinct heading terms, sorted: the ones a prefix term starts. */
  readonly sortedTerms: readonly string[];
  readonly byKindName: ReadonlyMap<string, readonly number[]>;
  /** Each entry's heading terms. */
  readonly headingTerms: readonly ReadonlySet<string>[];
}

/** The heading index of `index`'s articles. */
export function buildHeadingIndex(index: SearchIndex): HeadingIndex {
  const toc = allSections(index);
  const spans = new Map<string, [number, number]>();
  const byKey = new Map<string, number>();
  const byFolded = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  const byKindName = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  const headingTerms = toc.map((entry, at) => {
    const span = spans.get(entry.article.id);
    if (span) span[1] = at + 1;
    else spans.set(entry.article.id, [at, at + 1]);
    byKey.set(sectionKey(entry.article.id, entry.section.index), at);
    add(byFolded, folded(entry.section.title), at);
    for (const name of SECTION_KIND_NAMES[entry.section.kind]) add(byKindName, name, at);
    const terms = new Set(words(entry.section.title).flatMap((w) => index.analyzer.indexTerms(w)));
    for (const t of terms) add(byTerm, t, at);
    return terms;
  });
  const sortedTerms = [...byTerm.keys()].sort();
  return { toc, spans, byKey, byFolded, byTerm, sortedTerms, byKindName, headingTerms };
}

function sectionKey(articleId: string, sectionIndex: number): string {
  return `${articleId}/${sectionIndex}`;
}

/** The table of contents (lead and headed sections) of one article, or of all in corpus order. */
export function sections(index: SearchIndex, articleId?: string): TocEntry[] {
  return allSections(index, articleId).filter((e) => e.number !== null);
}

/** Every section including the photo caption, which has no number. */
function allSections(index: SearchIndex, articleId?: string): TocEntry[] {
  return index.articles
    .filter((a) => !articleId || a.id === articleId)
    .flatMap((article) => {
      let number = 0;
      return article.sections.map((section) => ({
        article,
        section,
        number: section.kind === "caption" ? null : ++number,
      }));
    });
}

/**
 * Finds the section `name` refers to, with the other candidates. Never throws on any input string.
 * With the index's `headings`, scores only the headings the name's terms occur in (same answer).
 */
export function section(
  index: SearchIndex,
  name: string,
  articleId?: string,
  headings?: HeadingIndex,
): SectionResult {
  if (headings) return indexedSection(index, headings, name, articleId);
  const query = name.trim();
  const toc = allSections(index, articleId);
  if (!query) return { query, match: null, alternatives: sections(index, articleId) };

  if (/^\d{1,3}$/.test(query)) {
    const wanted = Number(query);
    const match = toc.find((e) => e.number === wanted) ?? null;
    return { query, match, alternatives: match ? [] : sections(index, articleId) };
  }

  // Headings decide; the text adds the sections that merely talk about it as alternatives.
  const byHeading = rankByHeading(index, toc, query);
  const byText = rankByText(index, toc, query, articleId);
  const ranked = [...new Set([...byHeading, ...byText])];
  const [match = null, ...rest] = ranked;
  return { query, match, alternatives: rest.slice(0, MAX_ALTERNATIVES) };
}

/**
 * The least a heading must score to decide: a word of the name or one of its translations (weights
 * from 0.36 up), not only a compound part of a synonym (0.3 and less), as `Wetteraussichten` →
 * (`Wochenende`) → `end` would otherwise pick a heading with `fehlenden` in it.
 */
const MIN_HEADING_SCORE = 0.35;

function rankByHeading(index: SearchIndex, toc: readonly TocEntry[], query: string): TocEntry[] {
  const wanted = folded(query);
  const exact = toc.find((e) => folded(e.section.title) === wanted);
  const terms = index.analyzer.analyzeQuery(query);
  const scored = toc
    .map((entry) => ({
      entry,
      score: exact === entry ? Number.POSITIVE_INFINITY : headingScore(index, entry, terms, wanted),
    }))
    .filter((s) => s.score >= MIN_HEADING_SCORE);
  // Stable sort keeps table-of-contents order among equal scores.
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entry);
}

function headingScore(
  index: SearchIndex,
  entry: TocEntry,
  terms: readonly QueryTerm[],
  wanted: string,
): number {
  const headingTerms = new Set(words(entry.section.title).flatMap((w) => index.analyzer.indexTerms(w)));
  return termScore(entry, headingTerms, terms, wanted);
}

/** A heading's score: 1 when the name is its kind's (`lead`, `Foto`), plus the weights of the terms it has. */
function termScore(
  entry: TocEntry,
  headingTerms: ReadonlySet<string>,
  terms: readonly QueryTerm[],
  wanted: string,
): number {
  const aliases = SECTION_KIND_NAMES[entry.section.kind];
  const aliasScore = wanted.split(" ").some((w) => aliases.includes(w)) ? 1 : 0;
  let score = aliasScore;
  for (const t of terms) {
    if (headingTerms.has(t.term)) score += t.weight;
    else if (t.prefix && [...headingTerms].some((h) => h.startsWith(t.term))) score += t.weight / 2;
  }
  return score;
}

function indexedSection(
  index: SearchIndex,
  headings: HeadingIndex,
  name: string,
  articleId?: string,
): SectionResult {
  const query = name.trim();
  if (!query) return { query, match: null, alternatives: sections(index, articleId) };
  const [first, end] = articleId ? (headings.spans.get(articleId) ?? [0, 0]) : [0, headings.toc.length];
  const inScope = (at: number) => at >= first && at < end;
  if (/^\d{1,3}$/.test(query)) {
    const wanted = Number(query);
    let match: TocEntry | null = null;
    for (let at = first; at < end && !match; at++) {
      if (headings.toc[at]?.number === wanted) match = headings.toc[at] ?? null;
    }
    return { query, match, alternatives: match ? [] : sections(index, articleId) };
  }
  const terms = index.analyzer.analyzeQuery(query);
  const byHeading = rankHeadings(headings, folded(query), terms, inScope);
  const byText = rankSectionTexts(index, headings, terms, inScope, articleId);
  const ranked = [...new Set([...byHeading, ...byText])];
  const [match = null, ...rest] = ranked;
  return { query, match, alternatives: rest.slice(0, MAX_ALTERNATIVES) };
}

/** The headings a name scores on, best first: only those its title, terms or kind names can reach. */
function rankHeadings(
  headings: HeadingIndex,
  wanted: string,
  terms: readonly QueryTerm[],
  inScope: (at: number) => boolean,
): TocEntry[] {
  // The headings that can score: the same title, a term of the name (or a heading term it starts), a kind's name.
  const candidates = new Set<number>();
  const take = (list: readonly number[] | undefined) => {
    for (const at of list ?? []) if (inScope(at)) candidates.add(at);
  };
  take(headings.byFolded.get(wanted));
  for (const t of terms) {
    take(headings.byTerm.get(t.term));
    if (t.prefix) {
      for (let i = lowerBound(headings.sortedTerms, t.term); i < headings.sortedTerms.length; i++) {
        const term = headings.sortedTerms[i] ?? "";
        if (!term.startsWith(t.term)) break;
        take(headings.byTerm.get(term));
      }
    }
  }
  for (const w of wanted.split(" ")) take(headings.byKindName.get(w));
  const ordered = [...candidates].sort((a, b) => a - b);
  const exact = ordered.find((at) => folded(headings.toc[at]?.section.title ?? "") === wanted);
  return ordered
    .map((at) => ({
      entry: headings.toc[at] as TocEntry,
      score:
        at === exact
          ? Number.POSITIVE_INFINITY
          : termScore(headings.toc[at] as TocEntry, headings.headingTerms[at] ?? new Set(), terms, wanted),
    }))
    .filter((s) => s.score >= MIN_HEADING_SCORE)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.entry);
}

/** The sections whose text matches the name, by their best passage's score. */
function rankSectionTexts(
  index: SearchIndex,
  headings: HeadingIndex,
  terms: readonly QueryTerm[],
  inScope: (at: number) => boolean,
  articleId?: string,
): TocEntry[] {
  // Only the head of a search is scored (the tail comes with score 0, which does not count here),
  // so asking for the head alone gives the same ranking without the thousands of unscored hits.
  const best = new Map<number, number>();
  for (const hit of index.search(terms, { limit: TEXT_HITS, ...(articleId ? { articleId } : {}) })) {
    const at = headings.byKey.get(sectionKey(hit.passage.articleId, hit.passage.sectionIndex));
    if (at !== undefined && inScope(at)) best.set(at, Math.max(best.get(at) ?? 0, hit.score));
  }
  return [...best.entries()]
    .filter(([, score]) => score > 0)
    .sort((a, b) => a[0] - b[0])
    .sort((a, b) => b[1] - a[1])
    .map(([at]) => headings.toc[at] as TocEntry);
}

/** The first position in sorted `list` whose item is not below `item`. */
function lowerBound(list: readonly string[], item: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? "") < item) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rankByText(
  index: SearchIndex,
  toc: readonly TocEntry[],
  query: string,
  articleId?: string,
): TocEntry[] {
  const terms = index.analyzer.analyzeQuery(query);
  const best = new Map<string, number>();
  for (const hit of index.search(terms, articleId ? { articleId } : {})) {
    const key = `${hit.passage.articleId}/${hit.passage.sectionIndex}`;
    best.set(key, Math.max(best.get(key) ?? 0, hit.score));
  }
  return toc
    .map((entry) => ({ entry, score: best.get(`${entry.article.id}/${entry.section.index}`) ?? 0 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.entry);
}

function folded(text: string): string {
  return foldPhrase(text);
}

/**
 * The articles whose section `name` means exactly, in corpus order: by number in the table of
 * contents, by the whole heading, or by a kind's name (`Einleitung`, `Foto`). Several mean the
 * name alone does not say which article; a word that only one heading has does.
 */
export function sectionArticles(headings: HeadingIndex, name: string): Article[] {
  const query = name.trim();
  const wanted = folded(query);
  const positions = /^\d{1,3}$/.test(query)
    ? headings.toc.flatMap((e, at) => (e.number === Number(query) ? [at] : []))
    : [...(headings.byFolded.get(wanted) ?? []), ...(headings.byKindName.get(wanted) ?? [])];
  const articles = new Map<string, Article>();
  for (const at of [...positions].sort((a, b) => a - b)) {
    const article = headings.toc[at]?.article;
    if (article) articles.set(article.id, article);
  }
  return [...articles.values()];
}

/** The value that names one section of one article: `<article id>/<number>` (the caption by its title). */
export function sectionRef(entry: TocEntry): string {
  return `${entry.article.id}/${entry.number ?? entry.section.title}`;
}

/** The article and the name inside a `sectionRef` value, if `value` is one for a known article. */
export function parseSectionRef(
  value: string,
  articles: readonly Article[],
): { readonly articleId: string; readonly name: string } | undefined {
  const slash = value.indexOf("/");
  if (slash <= 0) return undefined;
  const articleId = value.slice(0, slash).trim();
  const name = value.slice(slash + 1);
  return name.trim() && articles.some((a) => a.id === articleId) ? { articleId, name } : undefined;
}
