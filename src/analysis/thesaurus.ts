/**
 * German synonyms for German questions (data/synonyms.de.txt): a reader who types a word the
 * article does not use (`Angst`) reaches the one it does (`befürchten`). One group of words of one
 * sense a line; a word in several groups reaches all of them.
 */
import { ArticleBotError } from "../errors.ts";
import { dataLines, dataPath, readDataFile } from "./data-files.ts";
import { foldWord } from "./normalize.ts";
import { stemGerman } from "./stem-german.ts";
import { words } from "./tokenize.ts";
import { WordGroups } from "./word-groups.ts";

export interface Thesaurus {
  /** The other words of every group that holds the folded word (matched by stem, so `Ängste` finds `Angst`). */
  synonyms(folded: string): readonly string[];
  /** Every word of every group, for the decompounding dictionary. */
  words(): Iterable<string>;
}

/** Parses synonym groups; a malformed line throws with the file, line and fix. */
export function parseThesaurus(text: string, file: string): Thesaurus {
  // Multi-word members (`sich treffen`) are found by their last word.
  const groups = new WordGroups((member) => stemGerman(foldWord(words(member).at(-1) ?? member)));
  const all = new Set<string>();
  for (const { line, text: group } of dataLines(text)) {
    const members = group.split(",").map((w) => w.trim());
    if (members.length < 2 || members.some((m) => !m))
      throw new ArticleBotError(
        "CONFIG",
        `${file}:${line}: a group needs two or more words between commas, e.g. \`Angst, Sorge, befürchten\`.`,
      );
    groups.add(members);
    for (const member of members) for (const w of words(member)) all.add(w);
  }
  return {
    synonyms: (folded) => groups.siblings(stemGerman(folded)),
    words: () => all,
  };
}

let bundled: Thesaurus | undefined;

/** The bundled thesaurus, read and validated once. */
export function bundledThesaurus(): Thesaurus {
  const file = "synonyms.de.txt";
  bundled ??= parseThesaurus(readDataFile(file), dataPath(file));
  return bundled;
}
