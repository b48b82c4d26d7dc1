/**
 * The bot must work for any article of its kind: nothing a user reads in the bot's own words
 * (command descriptions, hints, usage) may come from the article in the corpus.
 */
import { describe, expect, it } from "vitest";
import { words } from "../../src/analysis/tokenize.ts";
import { USAGE } from "../../src/cli/args.ts";
import { LOCALES } from "../../src/views/locales/index.ts";
import { fixtureArticle } from "../support/fixtures.ts";

/** Capitalised words of the fixture articles' headings, title and dateline, and their people's names. */
function articleWords(): Set<string> {
  const found = new Set<string>();
  for (const name of ["seed", "fiction"] as const) {
    const article = fixtureArticle(name);
    const texts = [
      article.title,
      article.dateline ?? "",
      ...article.sections.filter((s) => s.kind === "body").map((s) => s.title),
    ];
    for (const w of texts.flatMap(words)) if (/^\p{Lu}/u.test(w) && w.length > 3) found.add(w);
  }
  for (const common of ["Foto", "Einleitung", "Wie", "Was", "Wer", "Kommt"]) found.delete(common);
  return found;
}

function botTexts(): string[] {
  // The phrase tables hold every command's and option's name and description too.
  return [USAGE, ...Object.values(LOCALES).flatMap((table) => Object.values(table))];
}

describe("the bot's own words", () => {
  it("name nothing from the articles in the corpus", () => {
    const banned = articleWords();
    expect(banned.size).toBeGreaterThan(5);
    const leaks = botTexts().flatMap((t) =>
      words(t)
        .filter((w) => banned.has(w))
        .map((w) => `${w} in "${t}"`),
    );
    expect(leaks).toEqual([]);
  });
});
