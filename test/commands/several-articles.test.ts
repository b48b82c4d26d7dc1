import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invoke, suggest } from "../../commands/invoke.ts";
import { findCommand } from "../../commands/registry.ts";
import { choicesOf } from "../../src/discord/choices.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { plainPhrase } from "../../src/views/plain.ts";
import type { Suggestion, View } from "../../src/views/view.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
const both = { engine: createEngine([seed, fiction], TABLES), locale: "en" as const, commands: [] };
const section = findCommand("section");
if (!section) throw new Error("no /section");

const run = (raw: Record<string, unknown>, context = both): View => invoke(section, context, raw);
const matched = (view: View) => (view.kind === "section" ? view.result.match : null);
const text = (view: View) =>
  view.kind === "problem" ? plainPhrase("en", view.problem.phrase, view.problem.values) : "";
const sections = (suggestions: Suggestion[]) => suggestions.flatMap((s) => (s.kind === "section" ? [s] : []));

describe("GIVEN several articles WHEN /section names no article", () => {
  it.each(["2", "Einleitung", "lead", "Foto"])(
    "THEN /section %s asks which article, listing each",
    (name) => {
      const view = run({ name });
      expect(view.kind).toBe("problem");
      expect(text(view)).toContain(`Several articles have a section "${name}"`);
      expect(text(view)).toContain(`${seed.id} · ${seed.title}`);
      expect(text(view)).toContain(`${fiction.id} · ${fiction.title}`);
    },
  );

  it("THEN a heading only one article has is answered from it", () => {
    expect(matched(run({ name: "Europeans" }))?.article.id).toBe(seed.id);
    expect(matched(run({ name: "Knappe Mehrheit im Gemeinderat" }))?.article.id).toBe(fiction.id);
  });

  it("THEN the article option decides, by id or by title", () => {
    expect(matched(run({ name: "2", article: fiction.id }))?.section.title).toBe(
      "Knappe Mehrheit im Gemeinderat",
    );
    expect(matched(run({ name: "Einleitung", article: seed.title }))?.article.id).toBe(seed.id);
  });

  it("THEN with one article in the corpus nobody is asked", () => {
    const one = { ...both, engine: createEngine([seed], TABLES) };
    expect(matched(run({ name: "2" }, one))?.section.title).toBe("Sorge vor Gebietsabtretungen");
  });
});

describe("/section autocomplete across several articles", () => {
  it("labels each section with its article, so the two leads are told apart", () => {
    const choices = choicesOf(suggest(section, both, "name", ""), "en");
    const leads = choices.filter((c) => c.name.startsWith("1. Einleitung · "));
    expect(leads).toHaveLength(2);
    expect(leads[0]?.name).toBe(`1. Einleitung · ${seed.title}`);
    expect(`1. Einleitung · ${fiction.title}`.startsWith(leads[1]?.name.replace(/…$/, "") ?? "?")).toBe(true);
    expect(new Set(leads.map((c) => c.value)).size).toBe(2);
  });

  it("gives each suggestion a value that /section answers with that very section of that article", () => {
    for (const s of sections(suggest(section, both, "name", ""))) {
      const value = choicesOf([s], "en")[0]?.value ?? "";
      const match = matched(run({ name: value }));
      expect({ article: match?.article.id, section: match?.section.index }).toEqual({
        article: s.entry.article.id,
        section: s.entry.section.index,
      });
    }
  });

  it("keeps to the article already filled in, by id or title, and then needs no article in the label", () => {
    for (const article of [fiction.id, fiction.title]) {
      const suggested = sections(suggest(section, both, "name", "", { article }));
      expect(suggested.length).toBe(fiction.sections.length - 1);
      expect(suggested.every((s) => s.entry.article.id === fiction.id && !s.byArticle)).toBe(true);
    }
  });

  it("keeps to the filled-in article for any partial text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (partial) => {
        const suggested = sections(suggest(section, both, "name", partial, { article: seed.id }));
        return suggested.every((s) => s.entry.article.id === seed.id);
      }),
      { numRuns: 60 },
    );
  });

  it("leads /section to the suggested section for any partial text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (partial) => {
        for (const s of sections(suggest(section, both, "name", partial)).slice(0, 3)) {
          const value = choicesOf([s], "en")[0]?.value ?? "";
          const match = matched(run({ name: value }));
          if (match?.article.id !== s.entry.article.id || match.section.index !== s.entry.section.index)
            return false;
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });
});
