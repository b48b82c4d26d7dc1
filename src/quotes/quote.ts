/**
 * The quote model: what a person or institution said in an article (direct or reported speech),
 * where it stands, and who the article says said it.
 */

/** Direct speech is in quotation marks; indirect speech is reported (`…, sagte er`, `laut X`, Konjunktiv). */
export type QuoteKind = "direct" | "indirect";

/** Grammatical gender of a speaker, as the text shows it (role noun, article, pronoun); "n" for most institutions. */
export type Gender = "m" | "f" | "n";

/** A person, a spokesperson standing for an organisation, or an institution that speaks. */
export type SpeakerKind = "person" | "spokesperson" | "institution";

export interface Speaker {
  /** `<article id>#<canonical name>`: unique in a corpus. */
  readonly id: string;
  readonly articleId: string;
  /** The fullest name the article gives ("Donald Trump", "Sprecher des Unternehmens", "Kreml"). */
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly gender?: Gender;
  /** Role nouns the article ties to the speaker, as written ("US-Präsident", "Bürgermeisterin"). */
  readonly roles: readonly string[];
  /** Every form the article uses for the speaker, as written ("Trump", "der US-Präsident", …). */
  readonly forms: readonly string[];
  /** English forms a user may type ("US president", "Kremlin chief", "mayor"). */
  readonly english: readonly string[];
}

export interface Quote {
  /** `<article id>/<section index>/<paragraph>/<start>`: stable while the article is unchanged. */
  readonly id: string;
  readonly articleId: string;
  /** Canonical speaker name, or null when the article does not say who said it. */
  readonly speaker: string | null;
  /** The quoted words, a verbatim substring of the paragraph, without quotation marks. */
  readonly text: string;
  readonly kind: QuoteKind;
  readonly sectionIndex: number;
  readonly sectionTitle: string;
  /** 1-based paragraph number inside the section. */
  readonly paragraph: number;
  /** UTF-16 offsets of `text` in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** The sentence(s) the quote stands in, verbatim. */
  readonly context: string;
}

/** What extraction yields for one article. */
export interface ArticleQuotes {
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
}
