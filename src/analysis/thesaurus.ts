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

export interface Thesaurus {
  /** The other words of every group that holds the folded word (matched by stem, so `Ängste` finds `Angst`). */
  synonyms(folded: string): readonly string[];
  /** Every word of every group, for the decompounding dictionary. */
  words(): Iterable<string>;
}

/** Parses synonym groups; a malformed line throws with the file, line and fix. */
export function parseThesaurus(text: string, file: string): Thesaurus {
  const groups: string[][] = [];
  // Stem → the groups holding a word of that stem; a group's words are gathered on look-up.
  const byStem = new Map<string, number[]>();
  const all = new Set<string>();
  for (const { line, text: group } of dataLines(text)) {
    const members = group.split(",").map((w) => w.trim());
    if (members.length < 2 || members.some((m) => !m))
      throw new ArticleBotError(
        "CONFIG",
        `${file}:${line}: a group needs two or more words between commas, e.g. \`Angst, Sorge, befürchten\`.`,
      );
    const index = groups.push(members) - 1;
    for (const member of members) {
      const memberWords = words(member);
      for (const w of memberWords) all.add(w);
      // Multi-word members (`sich treffen`) are found by their last word.
      const key = stemGerman(foldWord(memberWords.at(-1) ?? member));
      const found = byStem.get(key);
      if (!found) byStem.set(key, [index]);
      else if (found.at(-1) !== index) found.push(index);
    }
  }
  return {
    synonyms(folded) {
      const stem = stemGerman(folded);
      const out = new Set<string>();
      for (const index of byStem.get(stem) ?? [])
        for (const member of groups[index] ?? [])
          if (stemGerman(foldWord(words(member).at(-1) ?? member)) !== stem) out.add(member);
      return [...out];
    },
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
