/**
 * The query side's unit: a term for the index with how it was reached. Every weight of the query
 * analysis lives in `WEIGHTS`, keyed by kind, the way minisearch keeps its defaults in one object.
 */
import type { Span } from "../sentences.ts";

/** How a German word of the query was reached from what the user typed. */
export type SourceKind =
  /** The word as the user wrote it. */
  | "typed"
  /** A glossary translation of an English word or phrase. */
  | "translation"
  /** A German synonym (glossary siblings, thesaurus) of a typed word the article does not use. */
  | "synonym"
  /** A translation from the general dictionary, of an English word or phrase the glossary lacks. */
  | "dictionary"
  /** A translation of the English word closest to a misspelt one (`ceasfire`). */
  | "typoTranslation"
  /** Another name the article gives the same person (`Kremlchef` for `Putin`). */
  | "alias";

/** Which index term of a German word a query term is. */
export type FormKind =
  /** The word's own stem. */
  | "stem"
  /** The stem of a corpus word one swap of neighbouring letters away (`Kerml` → `Kreml`). */
  | "swap"
  /** The stem of a verb form's base (`getroffen` → `treffen`). */
  | "base"
  /** The stem of a compound part (`Gebietsabtretungen` → `gebiet`). */
  | "part";

/**
 * The weights of the query analysis. A term weighs `source / (1 + decay × rank) × form`, `rank`
 * being the German word's place among a translation's alternatives. Tuned on the tuning sets
 * (test/fixtures/questions.*.jsonl, see the benchmark).
 */
export const WEIGHTS = {
  source: {
    typed: 1,
    translation: 1,
    synonym: 0.6,
    /** Below the glossary's: uncurated, and the sense may be the wrong one. */
    dictionary: 0.7,
    typoTranslation: 0.7,
    /** Relative to the term it is an alias of. */
    alias: 0.7,
  },
  /** Later alternatives of a translation count a little less (the glossary lists the commonest first). */
  decay: 0.25,
  form: {
    stem: 1,
    /** Like a typo's translation: probably meant, not typed. */
    swap: 0.7,
    /** Measured: counting a verb base like a compound part ranks best. */
    base: 0.5,
    part: 0.5,
  },
} as const satisfies {
  source: Record<SourceKind, number>;
  decay: number;
  form: Record<FormKind, number>;
};

/** One term of an analysed query, ready for the index. */
export interface QueryTerm {
  readonly term: string;
  /** Multiplies the term's score: 1 for what the user typed, less for inferred terms. */
  readonly weight: number;
  /** Whether the term may match as a prefix of an indexed term (`Sicherheitsgar…`). */
  readonly prefix: boolean;
  /** Whether the term may match with typos (`ceasfire`, `Selensky`). */
  readonly fuzzy: boolean;
  /** Which word (or phrase) of the query the term stands for: terms of one concept are alternatives. */
  readonly concept: number;
  /** How the term was first reached, and which form of its word it is. */
  readonly source: SourceKind;
  readonly form: FormKind;
  /** Where the word or phrase it stands for is in the query text. */
  readonly span: Span;
}

/** A German word the query searches for, before it becomes index terms. */
export interface QueryWord {
  /** Folded German word. */
  readonly word: string;
  readonly concept: number;
  readonly source: SourceKind;
  /** Its place among the alternatives of one translation (0 for the first, and for typed words). */
  readonly rank: number;
  /** The user wrote it (so it may match as a shorter prefix). */
  readonly typed: boolean;
  /** It may be misspelt, so typos are tolerated (only for words the article does not have). */
  readonly maybeTypo: boolean;
  readonly span: Span;
}

/** The weight of a query word of `source` at `rank`. */
export function wordWeight(source: SourceKind, rank: number): number {
  return WEIGHTS.source[source] / (1 + WEIGHTS.decay * rank);
}

/**
 * Terms keyed by term, in first-seen order: the same term from two routes (typed and translated)
 * keeps its first concept and the best weight and tolerances of both.
 */
export class TermSet {
  private readonly terms = new Map<string, QueryTerm>();

  /** Adds a term, merging it with an equal one. */
  add(term: QueryTerm): void {
    const known = this.terms.get(term.term);
    this.terms.set(
      term.term,
      known
        ? {
            ...known,
            weight: Math.max(known.weight, term.weight),
            prefix: known.prefix || term.prefix,
            fuzzy: known.fuzzy || term.fuzzy,
          }
        : term,
    );
  }

  /** Drops every term that stands for one of `concepts`. */
  dropConcepts(concepts: ReadonlySet<number>): void {
    for (const [key, t] of this.terms) if (concepts.has(t.concept)) this.terms.delete(key);
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  values(): QueryTerm[] {
    return [...this.terms.values()];
  }
}
