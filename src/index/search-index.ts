/**
 * The full-text index over all passages of a corpus (minisearch, BM25). Fields: the paragraph text
 * and its section heading; both go through the same German analysis (analysis/analyzer.ts).
 */

import { type Analyzer, type AnswerType, createAnalyzer, type QueryTerm } from "../analysis/analyzer.ts";
import { holdsAnswer } from "../analysis/answer-evidence.ts";
import type { Span } from "../analysis/sentences.ts";
import type { AnalysisTables } from "../analysis/tables.ts";
import { words } from "../analysis/tokenize.ts";
import type { AnalysedToken } from "../analysis/word-terms.ts";
import { type Article, SECTION_KIND_QUESTION_WORDS } from "../corpus/article.ts";
import { type FastResult, fastSearcher } from "./fast-search.ts";
import { type Passage, passagesOf } from "./passages.ts";
import { termQuery } from "./query-options.ts";
import { buildOrRestoreIndex, type MiniSearchJson } from "./saved-index.ts";

export type { AnalysedToken } from "../analysis/word-terms.ts";

export interface Hit {
  readonly passage: Passage;
  readonly score: number;
  /** Index terms of the passage that matched the query, for highlighting. */
  readonly matchedTerms: readonly string[];
  /** The sentence of the passage that covers the query best: the one the score counted. */
  readonly sentence: Span;
  /**
   * How much of the question the passage answers, from 0 to 1: the rarity-weighted share of the
   * question's concepts it covers, a concept no passage has counting as the rarest of all (the
   * word that would make an answer specific is missing from the article).
   */
  readonly answers: number;
  /** For a question that asks for a kind of answer: whether a sentence of the passage holds one. */
  readonly holdsAnswerType?: boolean;
}

export interface SearchOptions {
  /** Only passages of this article. */
  readonly articleId?: string;
  /** At most this many hits (all of them when unset). */
  readonly limit?: number;
  /** The kind of answer the question asks for: a sentence that holds one is preferred. */
  readonly answerType?: AnswerType | undefined;
}

export interface SearchIndex {
  readonly articles: readonly Article[];
  /** The articles by id (a large corpus has thousands; made once, not per question). */
  readonly articleById: ReadonlyMap<string, Article>;
  readonly passages: readonly Passage[];
  readonly analyzer: Analyzer;
  /** The passage's words with their index terms (computed once per passage). */
  tokensOf(passage: Passage): readonly AnalysedToken[];
  /** Passages matching the analysed query, best first. */
  search(terms: readonly QueryTerm[], options?: SearchOptions): Hit[];
  /** What the index can be restored from without re-analysing the corpus (see engine/cache.ts). */
  snapshot(): SearchIndexSnapshot;
}

/** A built index as plain data: the corpus's distinct words (the analyzer's dictionary) and minisearch's JSON. */
export interface SearchIndexSnapshot {
  readonly words: readonly string[];
  readonly index: MiniSearchJson;
}

// Tuned on test/fixtures/questions.dev.jsonl (see the benchmark): a heading word is worth a little
// more than a word of the text.

const HEADING_BOOST = 1.3;
const RESCORE_LIMIT = 50;
// Stronger length normalisation than minisearch's default (b = 0.7): a long lead paragraph that
// names everyone should not outrank the short one that answers.
const BM25 = { k: 1.2, b: 0.9, d: 0.5 };
/** The photo caption is short and names the main people, so it would win too often; it rarely answers. */
const CAPTION_WEIGHT = 0.5;
const COORDINATION = 1;
const SENTENCE_WEIGHT = 1;
/** How much a word counts that a sentence only refers back to with a pronoun. */
const INHERITED_WEIGHT = 0.4;
// Third-person pronouns that refer back to someone or something just named, and the Konjunktiv I
// of reported speech, which carries on the words of whoever the sentence before quoted.
// So do the pronominal adverbs (`dazu`, `deshalb`) and a demonstrative standing for a noun (`Das
// lehnt … ab`: a demonstrative before a lower-case word is no article).
const REFERS_BACK =
  /(?<!\p{L})(?:er|sie|ihm|ihn|ihnen|sein|seine[mnrs]?|ihre?[mnrs]?|sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|da(?:r?(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu))|deshalb|deswegen|daher|bräuchten?|dürften?|könnten?|müssten?|sollten?|wären?|hätten?|würden?)(?!\p{L})|^(?:(?:das|dies|diese[mnrs]?)\s+\p{Ll}|(?:so|danach|dann)\s|["„“»«‚‘])/iu;
/**
 * How much a sentence counts that holds nothing but the question's words, when the sentence after
 * it refers back to it: it restates what was asked, and the answer is what follows.
 */
const RESTATED_WEIGHT = 0.9;
/** How much more a sentence holding the kind of answer asked for (a time for `when`…) counts. */
const ANSWER_TYPE_WEIGHT = 0.5;

/**
 * Builds the passage index of a corpus with the analysis tables, or restores it from a snapshot of
 * the same corpus made with the same tables. Throws when the snapshot does not index exactly the
 * corpus's passages.
 */
export function buildSearchIndex(
  articles: readonly Article[],
  tables: AnalysisTables,
  prebuilt?: SearchIndexSnapshot,
): SearchIndex {
  const passages = articles.flatMap(passagesOf);
  // Distinct words in first-seen order: the analyzer builds the same dictionary from them as from all.
  const corpusWords = prebuilt?.words ?? [
    ...new Set(passages.flatMap((p) => [...words(p.text), ...words(p.sectionTitle)])),
  ];
  const analyzer = createAnalyzer(corpusWords, tables);
  const { mini, save } = buildOrRestoreIndex<Passage>(
    passages,
    indexOptions(analyzer),
    prebuilt?.index,
    "passages",
  );
  const corpus = analysedCorpus(passages, analyzer);
  const searcher = fastSearcher(mini);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    passages,
    analyzer,
    tokensOf: corpus.tokensOf,
    snapshot: () => ({ words: corpusWords, index: save() }),
    search(terms, options = {}) {
      if (terms.length === 0) return [];
      const query = new ScoredQuery(terms);
      const results = searcher.search(query.text, {
        ...query.options,
        // Only the head is re-scored below; the rest is needed only when every hit is asked for.
        ...(options.limit === undefined ? {} : { top: RESCORE_LIMIT }),
        boost: { sectionTitle: HEADING_BOOST, kindNames: HEADING_BOOST },
        bm25: BM25,
        countGroups: { of: query.conceptOf, into: query.conceptFrequency },
        // Only when needed: the filter runs once per matching passage, thousands in a large corpus.
        ...(options.articleId
          ? { filter: (r: { id: string }) => corpus.byId.get(r.id)?.articleId === options.articleId }
          : {}),
      });
      query.weighConcepts(corpus.countPassages(options.articleId));
      // Re-scoring needs per-sentence work, so only the head of BM25's ranking is re-scored; the
      // rest keeps its order behind it (a large corpus can match thousands of passages).
      const hits = results.slice(0, RESCORE_LIMIT).flatMap((r) => {
        const passage = corpus.byId.get(r.id);
        if (!passage) return [];
        const holds = options.answerType ? corpus.answerSentencesOf(passage, options.answerType) : undefined;
        return [rescore(query, r, passage, corpus.sentencesOf(passage), holds)];
      });
      const tail = options.limit === undefined ? results.slice(RESCORE_LIMIT) : [];
      const rest = tail.flatMap((r) => {
        const passage = corpus.byId.get(r.id);
        return passage
          ? [{ passage, score: 0, matchedTerms: r.terms, sentence: firstSentence(passage), answers: 0 }]
          : [];
      });
      return [...hits.sort((a, b) => b.score - a.score), ...rest].slice(0, options.limit);
    },
  };
}

/** minisearch's options for the passage index: every field through the same analysis. */
function indexOptions(analyzer: Analyzer) {
  return {
    fields: ["text", "sectionTitle", "kindNames"],
    // The lead and the caption have no heading of their own; these names let "summary" or "photo" find them.
    extractField: (passage: Passage, field: string) =>
      field === "kindNames"
        ? SECTION_KIND_QUESTION_WORDS[passage.sectionKind].join(" ")
        : String(passage[field as keyof Passage]),
    storeFields: [],
    tokenize: words,
    processTerm: (term: string) => analyzer.indexTerms(term),
  };
}

/** The passages by id, their analysed words and sentences (each computed once, at first need). */
function analysedCorpus(passages: readonly Passage[], analyzer: Analyzer) {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const tokenCache = new Map<string, AnalysedToken[]>();
  const tokensOf = (passage: Passage): AnalysedToken[] => {
    let tokens = tokenCache.get(passage.id);
    if (!tokens) {
      tokens = analyzer.analyzeText(passage.text);
      tokenCache.set(passage.id, tokens);
    }
    return tokens;
  };
  const sentenceCache = new Map<string, AnalysedSentences>();
  /** The index terms of each sentence of a passage, and whether it refers back to the one before. */
  const sentencesOf = (passage: Passage): AnalysedSentences => {
    let sentences = sentenceCache.get(passage.id);
    if (!sentences) {
      const tokens = tokensOf(passage);
      sentences = {
        terms: passage.sentences.map(
          (s) => new Set(tokens.filter((t) => t.start >= s.start && t.end <= s.end).flatMap((t) => t.terms)),
        ),
        words: passage.sentences.map((s) =>
          tokens
            .filter((t) => t.start >= s.start && t.end <= s.end && t.terms.length > 0)
            .map((t) => t.terms),
        ),
        refersBack: passage.sentences.map((s) => REFERS_BACK.test(passage.text.slice(s.start, s.end))),
      };
      sentenceCache.set(passage.id, sentences);
    }
    return sentences;
  };
  const perArticle = new Map<string, number>();
  for (const p of passages) perArticle.set(p.articleId, (perArticle.get(p.articleId) ?? 0) + 1);
  const countPassages = (articleId?: string) =>
    articleId ? (perArticle.get(articleId) ?? 0) : passages.length;
  const evidenceCache = new Map<string, boolean[]>();
  /** Per sentence of a passage, whether it holds an answer of the kind. */
  const answerSentencesOf = (passage: Passage, type: AnswerType): readonly boolean[] => {
    const key = `${type} ${passage.id}`;
    let holds = evidenceCache.get(key);
    if (!holds) {
      holds = passage.sentences.map((s) => holdsAnswer(type, passage.text.slice(s.start, s.end)));
      evidenceCache.set(key, holds);
    }
    return holds;
  };
  return { byId, tokensOf, sentencesOf, answerSentencesOf, countPassages };
}

/** A passage's sentences as the scorer sees them. */
interface AnalysedSentences {
  readonly terms: readonly ReadonlySet<string>[];
  /** The index terms of each word (stop words left out), per sentence. */
  readonly words: readonly (readonly (readonly string[])[])[];
  readonly refersBack: readonly boolean[];
}

/**
 * One query as the scorer sees it: its terms by text, minisearch's options for them, and the
 * weight of each concept (its rarity among the passages, known once the search has counted).
 */
class ScoredQuery {
  readonly byTerm: ReadonlyMap<string, QueryTerm>;
  readonly text: string;
  readonly options: ReturnType<typeof termQuery>["options"];
  /** Concept → passages it occurs in, counted over every match (not only the head re-scored). */
  readonly conceptFrequency = new Map<number, number>();
  private readonly prefixTerms: readonly QueryTerm[];
  private weightOf: (concept: number) => number = () => 0;
  /** The weighed coverage of all the query's concepts (1 when nothing weighs). */
  whole = 1;
  /** `whole` with every concept no passage has at the weight of the rarest possible concept. */
  wholeWithMissing = 1;

  constructor(readonly terms: readonly QueryTerm[]) {
    this.byTerm = new Map(terms.map((t) => [t.term, t]));
    const { query, options } = termQuery(terms);
    this.text = query;
    this.options = options;
    this.prefixTerms = terms.filter((t) => t.prefix);
  }

  readonly conceptOf = (queryTerm: string): number => this.byTerm.get(queryTerm)?.concept ?? -1;

  /** Fixes each concept's weight from the counts the search made among `total` passages. */
  weighConcepts(total: number): void {
    this.weightOf = conceptWeights(this.conceptFrequency, total);
    const all = coverage(this.terms);
    const covered = this.weigh(all);
    this.whole = covered || 1;
    const rarest = idf(0, total);
    let missing = 0;
    for (const concept of all.keys()) if (!this.conceptFrequency.has(concept)) missing += rarest;
    this.wholeWithMissing = covered + missing || 1;
  }

  /** The sum of the covered concepts' weights, each at the strength it is covered with. */
  weigh(covered: Coverage): number {
    let sum = 0;
    for (const [concept, strength] of covered) sum += this.weightOf(concept) * strength;
    return sum;
  }

  /** The query term an index term of a passage matched: itself, or a prefix term it starts with. */
  queryTermOf(docTerm: string): QueryTerm | undefined {
    return this.byTerm.get(docTerm) ?? this.prefixTerms.find((t) => docTerm.startsWith(t.term));
  }
}

/**
 * A hit's final score. Coordination: a passage that answers more of the question's words beats one
 * that repeats a single rare word (BM25 alone sums terms and cannot tell the two apart). Sentence
 * coverage: the question's words standing together in one sentence is the strongest sign that the
 * sentence answers it. Both count each word by its rarity, so covering the names every paragraph
 * mentions does not outweigh the one word that singles out the answer, and by the weight of the
 * term that matched it, so a stray compound part does not count as the word.
 */
function rescore(
  query: ScoredQuery,
  result: FastResult,
  passage: Passage,
  sentences: AnalysedSentences,
  holdsAnswer?: readonly boolean[],
): Hit {
  const { terms: sentenceTerms } = sentences;
  const covered = query.weigh(coverage(result.queryTerms.map((q) => query.byTerm.get(q))));
  const matched = result.terms.flatMap((t) => {
    const q = query.queryTermOf(t);
    return q ? [[t, q] as const] : [];
  });
  let best = 0;
  let bestAt = 0;
  const own = sentenceTerms.map((terms) => coverage(matched.filter(([t]) => terms.has(t)).map(([, q]) => q)));
  const found = new Set(result.terms);
  const restates = sentences.words.map(
    (words) => words.length > 0 && words.every((w) => w.some((t) => found.has(t))),
  );
  own.forEach((covered, at) => {
    // `Er sagte …` is about whom the sentence before names: it inherits that sentence's words, for
    // less; all of them when that sentence only restated the question, whose answer then follows.
    const refers = at > 0 && sentences.refersBack[at];
    const before = refers ? own[at - 1] : undefined;
    const share = refers && restates[at - 1] ? 1 : INHERITED_WEIGHT;
    const followed = sentences.refersBack[at + 1] === true && restates[at];
    const covers =
      query.weigh(before ? inherit(covered, before, share) : covered) * (followed ? RESTATED_WEIGHT : 1);
    // A sentence of the kind of answer asked for counts more, if it covers the question at all.
    const inside = holdsAnswer?.[at] ? covers * (1 + ANSWER_TYPE_WEIGHT) : covers;
    if (inside > best) {
      best = inside;
      bestAt = at;
    }
  });
  const kindBoost = passage.sectionKind === "caption" ? CAPTION_WEIGHT : 1;
  const score =
    kindBoost *
    result.score *
    (covered / query.whole) ** COORDINATION *
    (1 + SENTENCE_WEIGHT * (best / query.whole));
  return {
    passage,
    score,
    matchedTerms: result.terms,
    sentence: passage.sentences[bestAt] ?? firstSentence(passage),
    answers: covered / query.wholeWithMissing,
    ...(holdsAnswer ? { holdsAnswerType: holdsAnswer.some(Boolean) } : {}),
  };
}

/** A sentence's coverage with the words of the sentence it refers back to, at `share` of their strength. */
function inherit(own: Coverage, before: Coverage, share: number): Coverage {
  const out = new Map(own);
  for (const [concept, strength] of before)
    out.set(concept, Math.max(out.get(concept) ?? 0, strength * share));
  return out;
}

function firstSentence(passage: Passage): Span {
  return passage.sentences[0] ?? { start: 0, end: passage.text.length };
}

/** How strongly a passage (or sentence) covers each concept of a query: concept → best term weight. */
type Coverage = ReadonlyMap<number, number>;

/** The coverage given by matched query terms: each concept at the weight of its strongest term. */
function coverage(matched: readonly (QueryTerm | undefined)[]): Coverage {
  const out = new Map<number, number>();
  for (const t of matched)
    if (t) out.set(t.concept, Math.max(out.get(t.concept) ?? 0, Math.min(1, t.weight)));
  return out;
}

/**
 * The weight of each query concept: its inverse document frequency (BM25's idf) among `total`
 * passages, from the number of passages each concept occurs in. A concept no passage has weighs 0.
 */
function conceptWeights(frequency: ReadonlyMap<number, number>, total: number): (concept: number) => number {
  const weights = new Map<number, number>();
  for (const [concept, n] of frequency) weights.set(concept, idf(n, total));
  return (concept) => weights.get(concept) ?? 0;
}

/** BM25's inverse document frequency of a concept found in `n` of `total` passages. */
function idf(n: number, total: number): number {
  return Math.log(1 + (total - n + 0.5) / (n + 0.5));
}
