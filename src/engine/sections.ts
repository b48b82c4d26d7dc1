/**
 * `sections()`: the table of contents; `section(name)`: the section a person means, found by its
 * number, its heading (German or English words, typos), or failing that by a word of its text.
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

/** Finds the section `name` refers to, with the other candidates. Never throws on any input string. */
export function section(index: SearchIndex, name: string, articleId?: string): SectionResult {
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
  const aliases = SECTION_KIND_NAMES[entry.section.kind];
  const aliasScore = wanted.split(" ").some((w) => aliases.includes(w)) ? 1 : 0;
  const headingTerms = new Set(words(entry.section.title).flatMap((w) => index.analyzer.indexTerms(w)));
  let score = aliasScore;
  for (const t of terms) {
    if (headingTerms.has(t.term)) score += t.weight;
    else if (t.prefix && [...headingTerms].some((h) => h.startsWith(t.term))) score += t.weight / 2;
  }
  return score;
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
