/**
 * German synonyms for German questions (data/synonyms.de.txt): a reader who types a word the
 * article does not use (`Angst`) reaches the one it does (`befürchten`). One group of words of one
 * sense a line; a word in several groups reaches all of them.
 */
import { ArticleBotError } from "../errors.ts";
import { dataLines } from "./data-files.ts";
import { foldWord } from "./normalize.ts";
import { stemGerman } from "./stem-german.ts";
import { words } from "./tokenize.ts";
import { WordGroups, type WordGroupsSnapshot } from "./word-groups.ts";

export interface Thesaurus {
  /** The other words of every group that holds the folded word (matched by stem, so `Ängste` finds `Angst`). */
  synonyms(folded: string): readonly string[];
  /** Every word of every group, for the decompounding dictionary. */
  words(): Iterable<string>;
  /** The thesaurus as plain data, for `restoreThesaurus`. */
  snapshot(): ThesaurusSnapshot;
}

/** A thesaurus as plain data: what `restoreThesaurus` needs to skip parsing and stemming the file. */
export interface ThesaurusSnapshot {
  readonly groups: WordGroupsSnapshot;
}

/** Members are found by their stem; multi-word members (`sich treffen`) by their last word's. */
const memberKey = (member: string) => stemGerman(foldWord(words(member).at(-1) ?? member));

/** Parses synonym groups; a malformed line throws with the file, line and fix. */
export function parseThesaurus(text: string, file: string): Thesaurus {
  const groups = new WordGroups(memberKey);
  for (const { line, text: group } of dataLines(text)) {
    const members = group.split(",").map((w) => w.trim());
    if (members.length < 2 || members.some((m) => !m))
      throw new ArticleBotError(
        "CONFIG",
        `${file}:${line}: a group needs two or more words between commas, e.g. \`Angst, Sorge, befürchten\`.`,
      );
    groups.add(members);
  }
  return thesaurusOf(groups);
}

/** The thesaurus a snapshot was made of, without parsing or stemming anything again. */
export function restoreThesaurus(snapshot: ThesaurusSnapshot): Thesaurus {
  return thesaurusOf(new WordGroups(memberKey, snapshot.groups));
}

function thesaurusOf(groups: WordGroups): Thesaurus {
  // Only the dictionary needs these, and a restored one comes with its own dictionary.
  let all: Set<string> | undefined;
  return {
    synonyms: (folded) => groups.siblings(stemGerman(folded)),
    words() {
      all ??= new Set(Array.from(groups.words(), words).flat());
      return all;
    },
    snapshot: () => ({ groups: groups.snapshot() }),
  };
}
