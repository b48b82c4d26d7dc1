/** Flattens articles into passages: one per paragraph, the unit we index and attribute. */
import { type Span, splitSentences } from "../analysis/sentences.ts";
import type { Article, SectionKind } from "../corpus/article.ts";

export interface Passage {
  /** `<article id>/<section index>/<paragraph>`: stable while the article is unchanged. */
  readonly id: string;
  readonly articleId: string;
  readonly sectionIndex: number;
  readonly sectionTitle: string;
  readonly sectionKind: SectionKind;
  /** 1-based paragraph number inside the section. */
  readonly paragraph: number;
  readonly text: string;
  readonly sentences: readonly Span[];
}

/** Every paragraph of `article` as a passage, in reading order (caption last). */
export function passagesOf(article: Article): Passage[] {
  return article.sections.flatMap((section) =>
    section.paragraphs.map((p) => ({
      id: `${article.id}/${section.index}/${p.number}`,
      articleId: article.id,
      sectionIndex: section.index,
      sectionTitle: section.title,
      sectionKind: section.kind,
      paragraph: p.number,
      text: p.text,
      sentences: splitSentences(p.text),
    })),
  );
}
