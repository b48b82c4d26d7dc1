/**
 * The article model every other layer works on. A corpus file (Markdown + YAML front matter) is
 * parsed into an `Article`; the importer produces one from a raw agency export.
 */

/** What kind of text a section holds: the lead before the first heading, a headed body section, or the photo caption. */
export type SectionKind = "lead" | "body" | "caption";

/** One paragraph: the unit we index, quote from and attribute to. */
export interface Paragraph {
  /** 1-based position inside its section. */
  readonly number: number;
  /** The paragraph exactly as in the corpus file (single line, no trailing whitespace). */
  readonly text: string;
}

/** A heading and the paragraphs under it. */
export interface Section {
  /** 0-based position in `Article.sections`; the caption section comes last. */
  readonly index: number;
  readonly kind: SectionKind;
  /** The heading as printed; the lead and the caption get a fixed name (see LEAD_TITLE, CAPTION_TITLE). */
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

export interface Photo {
  readonly caption: string;
  readonly credit: string;
  /** How many pictures the export said came with the article. */
  readonly count: number;
}

export interface Article {
  /** Stable identifier, used in results and as the Discord `article` option value. */
  readonly id: string;
  readonly title: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly source: string;
  /** BCP 47 language tag of the text, e.g. "de". */
  readonly language: string;
  /** Place named at the start of the first body paragraph ("Anchorage"), if any. */
  readonly dateline?: string;
  readonly photo?: Photo;
  /** Lead section first (if any), then headed sections in order, then the caption section (if any). */
  readonly sections: readonly Section[];
}

/** Name of the section formed by the paragraphs before the first heading. */
export const LEAD_TITLE = "Einleitung";
/** Name of the pseudo-section holding the photo caption as a searchable passage. */
export const CAPTION_TITLE = "Foto";

/** The caption as a searchable section: caption text and credit, as the export prints them. */
export function captionSection(photo: Photo, index: number): Section {
  const text = photo.credit ? `${photo.caption} Foto: ${photo.credit}` : photo.caption;
  return { index, kind: "caption", title: CAPTION_TITLE, paragraphs: [{ number: 1, text }] };
}

/** Names people use for the sections without a printed heading, in English and German. */
export const SECTION_KIND_NAMES: Readonly<Record<SectionKind, readonly string[]>> = {
  lead: [
    "einleitung",
    "einfuhrung",
    "intro",
    "introduction",
    "lead",
    "teaser",
    "vorspann",
    "anfang",
    "beginning",
    "start",
    "overview",
    "summary",
    "tldr",
    "gist",
    "uberblick",
    "zusammenfassung",
    "zusammengefasst",
    "kurz",
  ],
  caption: [
    "foto",
    "photo",
    "picture",
    "bild",
    "bildunterschrift",
    "caption",
    "image",
    "fotograf",
    "photographer",
    "credit",
  ],
  body: [],
};

/**
 * The names of SECTION_KIND_NAMES that only ever mean that part of an article, so a question may
 * use them too ("what's the summary?", "who took the photo?"). Words such as `start` or `lead`
 * are left out: in a question they are ordinary words ("when did the war start?").
 */
export const SECTION_KIND_QUESTION_WORDS: Readonly<Record<SectionKind, readonly string[]>> = {
  lead: SECTION_KIND_NAMES.lead.filter((w) => !["lead", "anfang", "beginning", "start", "kurz"].includes(w)),
  caption: SECTION_KIND_NAMES.caption,
  body: [],
};
