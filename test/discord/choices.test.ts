/** Suggestions as Discord choices: worded once in the user's language and cut once to Discord's limits. */
import { describe, expect, it } from "vitest";
import { suggestSections, suggestSpeakers } from "../../commands/suggest.ts";
import { choicesOf } from "../../src/discord/choices.ts";
import { createEngine } from "../../src/engine/engine.ts";
import type { Suggestion } from "../../src/views/view.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const engine = createEngine([fixtureArticle("seed")], TABLES);

describe("choicesOf", () => {
  it("words a speaker with role and quote count in the user's language", () => {
    const [trump] = suggestSpeakers(engine, "Trump");
    if (!trump) throw new Error("no suggestion");
    const [en] = choicesOf([trump], "en");
    const [de] = choicesOf([trump], "de");
    expect(en?.name).toMatch(/^Donald Trump \(.+\) · \d+ quotes$/);
    expect(de?.name).toMatch(/^Donald Trump \(.+\) · \d+ Zitate$/);
    expect(en?.value).toBe("Donald Trump");
  });

  it("offers at most 25, with names and values of at most 100 characters", () => {
    const entry = suggestSections(engine, "")[0];
    if (entry?.kind !== "section") throw new Error("no section");
    const long: Suggestion = {
      kind: "section",
      entry: { ...entry.entry, section: { ...entry.entry.section, title: "Wort ".repeat(40) } },
    };
    const choices = choicesOf(
      Array.from({ length: 30 }, () => long),
      "en",
    );
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("leaves out a place whose question does not fit, rather than offering it cut", () => {
    const place = (question: string): Suggestion => ({
      kind: "place",
      sectionTitle: "Einleitung",
      paragraph: 1,
      question,
    });
    const choices = choicesOf([place("x".repeat(101)), place("Wer verhandelt?")], "en");
    expect(choices).toEqual([{ name: "Einleitung · ¶1 — Wer verhandelt?", value: "Wer verhandelt?" }]);
  });
});
