/** Query stage: whether a question reads as English, which decides whether known German words are translated. */
import type { Glossary } from "../glossary.ts";
import type { StopWords } from "../stopwords.ts";
import { lemmaLookup } from "./glossary-phrases.ts";

/**
 * Whether a query reads as English: more English than German function words, or, with none of
 * either (keyword queries), more glossary words than corpus words.
 */
export function looksEnglish(
  folded: readonly string[],
  stopWords: StopWords,
  glossary: Glossary,
  knows: (folded: string) => boolean,
): boolean {
  let en = 0;
  let de = 0;
  for (const w of folded) {
    const inEn = stopWords.en.has(w);
    const inDe = stopWords.de.has(w);
    if (inEn && !inDe) en += 2;
    else if (inDe && !inEn) de += 2;
    else if (!inEn && !inDe) {
      if (knows(w)) de += 1;
      else if (glossary.lookup(w) ?? lemmaLookup(w, glossary)) en += 1;
    }
  }
  return en >= de;
}
