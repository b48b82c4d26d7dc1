/**
 * fast-check arbitraries for hostile input: articles of any shape the corpus loader accepts
 * (headings and paragraphs of any length and content, markdown, masked links, mentions, emoji,
 * lone surrogates) and text a user might type.
 */
import fc from "fast-check";
import { type Article, captionSection, type Section } from "../../src/corpus/article.ts";
import { squeeze } from "../../src/corpus/text.ts";

const PIECES = [
  "**",
  "__",
  "*",
  "_",
  "`",
  "~~",
  "||",
  "\\",
  "[klick](https://evil.example)",
  "@everyone",
  "<@123>",
  "> ",
  "# ",
  "\n",
  " ",
  "Merz",
  "Waffenruhe",
  "Sicherheitsgarantien",
  "„Wir sind bereit“, sagte Trump.",
  "😀",
  "\uD800",
  "\uDC00",
  "\u200b",
  "ä",
  "x".repeat(300),
];

/** Any text: random code units, or a soup of markdown, mentions, German words and long words. */
export function arbitraryText(maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join("").slice(0, maxLength)),
  );
}

/** What a user types into an option: anything, now and then very long. */
export function arbitraryInput(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: arbitraryText(120) },
    { weight: 1, arbitrary: arbitraryText(40).map((t) => t.repeat(30)) },
  );
}

/**
 * A paragraph or heading on one line, as the parser leaves it: mostly short, now and then up to
 * `repeatMax` × 300 characters (well past every Discord limit).
 */
function arbitraryLine(repeatMax: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      arbitraryText(),
      fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, fc.integer({ min: 1, max: repeatMax })),
    )
    .map(([text, n]) => squeeze(text.repeat(n)) || "Text");
}

/** An article the loader could have produced: unique non-empty headings, non-empty paragraphs. */
export function arbitraryArticle(): fc.Arbitrary<Article> {
  return fc
    .record({
      title: arbitraryText(200).map((t) => squeeze(t).slice(0, 200) || "Titel"),
      // The front matter bounds the title (200), not the source: a long one fills the footer.
      source: fc
        .oneof(
          { weight: 3, arbitrary: arbitraryText(60) },
          arbitraryText(60).map((t) => t.repeat(60)),
        )
        .map((t) => squeeze(t) || "dpa"),
      lead: fc.array(arbitraryLine(30), { minLength: 1, maxLength: 4 }),
      sections: fc.array(
        fc.record({
          title: arbitraryLine(8),
          paragraphs: fc.array(arbitraryLine(30), { minLength: 1, maxLength: 12 }),
        }),
        { maxLength: 6 },
      ),
      photo: fc.option(fc.record({ caption: arbitraryLine(10), credit: arbitraryText(100) }), {
        nil: undefined,
      }),
    })
    .map(({ title, source, lead, sections, photo }) => {
      const body: Section[] = [
        {
          index: 0,
          kind: "lead",
          title: "Einleitung",
          paragraphs: lead.map((text, i) => ({ number: i + 1, text })),
        },
        ...sections.map(
          (s, i): Section => ({
            index: i + 1,
            kind: "body",
            // Headings are unique in a corpus file.
            title: `${s.title} ${i + 1}`,
            paragraphs: s.paragraphs.map((text, j) => ({ number: j + 1, text })),
          }),
        ),
      ];
      const picture = photo ? { ...photo, count: 1 } : undefined;
      return {
        id: "2025-01-01-random-article",
        title,
        date: "2025-01-01",
        source,
        language: "de",
        ...(picture ? { photo: picture } : {}),
        sections: picture ? [...body, captionSection(picture, body.length)] : body,
      };
    });
}
