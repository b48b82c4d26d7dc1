/** Running a command from its one declaration: validation, the article option, autocomplete. */
import { describe, expect, it } from "vitest";
import { invoke, suggest } from "../../commands/invoke.ts";
import { COMMANDS, findCommand } from "../../commands/registry.ts";
import { commandData } from "../../src/discord/command-data.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { plainPhrase } from "../../src/views/plain.ts";
import type { View } from "../../src/views/view.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
const engine = createEngine([seed, fiction], TABLES);
const context = { engine, locale: "en" as const, commands: COMMANDS };

function command(name: string) {
  const found = findCommand(name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

function problemText(view: View): string | undefined {
  return view.kind === "problem" ? plainPhrase("en", view.problem.phrase, view.problem.values) : undefined;
}

describe("an option's maximum length", () => {
  const registered = commandData(COMMANDS);
  const limited = COMMANDS.flatMap((c) =>
    c.options.filter((o) => o.maxLength).map((o) => [c.name, o.name, o.maxLength ?? 0] as const),
  );

  it("is declared for every string option", () => {
    expect(limited.map(([c, o]) => `${c} ${o}`)).toEqual(
      COMMANDS.flatMap((c) => c.options.filter((o) => o.type === "string").map((o) => `${c.name} ${o.name}`)),
    );
  });

  it.each(limited)(
    "/%s %s: Discord is told the same limit that validation applies (%i)",
    (name, option, max) => {
      const data = registered.find((d) => d.name === name)?.options?.find((o) => o.name === option);
      expect(data).toMatchObject({ max_length: max });
      const required = Object.fromEntries(
        command(name)
          .options.filter((o) => o.required)
          .map((o) => [o.name, "Gipfel"]),
      );
      const at = invoke(command(name), context, { ...required, [option]: "a".repeat(max) });
      expect(at.kind === "problem" && at.problem.phrase === "optionTooLong").toBe(false);
      const over = invoke(command(name), context, { ...required, [option]: "a".repeat(max + 1) });
      expect(problemText(over)).toBe(`Option "${option}" of /${name}: Keep it under ${max} characters.`);
    },
  );

  it("gives /quote and /section 100 characters and /ask 300", () => {
    expect(limited).toContainEqual(["quote", "speaker-or-topic", 100]);
    expect(limited).toContainEqual(["section", "name", 100]);
    expect(limited).toContainEqual(["ask", "question", 300]);
  });
});

describe("validation", () => {
  it("names the option a required value is missing for", () => {
    expect(problemText(invoke(command("section"), context, {}))).toBe(
      'Option "name" of /section: Type some words.',
    );
  });

  it("names the option a value of the wrong kind was given for", () => {
    expect(problemText(invoke(command("ask"), context, { question: 42 }))).toMatch(
      /^Option "question" of \/ask: /,
    );
  });
});

describe("the article option, resolved once for every command", () => {
  it.each(["sections", "about", "ask", "quote", "section"])(
    "/%s answers from the article named by id or title, or says there is none",
    (name) => {
      const required = Object.fromEntries(
        command(name)
          .options.filter((o) => o.required)
          .map((o) => [o.name, "1"]),
      );
      expect(
        problemText(invoke(command(name), context, { ...required, article: fiction.id })),
      ).toBeUndefined();
      expect(
        problemText(invoke(command(name), context, { ...required, article: fiction.title })),
      ).toBeUndefined();
      expect(problemText(invoke(command(name), context, { ...required, article: "no-such-article" }))).toBe(
        'There is no article "no-such-article". Pick one from the list.',
      );
    },
  );

  it("restricts the answer to that article", () => {
    const view = invoke(command("sections"), context, { article: fiction.title.toUpperCase() });
    expect(view.kind === "sections" && view.entries.every((e) => e.article.id === fiction.id)).toBe(true);
  });
});

describe("autocomplete", () => {
  it("suggests articles for the article option of any command", () => {
    const suggestions = suggest(command("quote"), context, "article", "");
    expect(suggestions.map((s) => (s.kind === "article" ? s.article.id : s.kind))).toEqual([
      seed.id,
      fiction.id,
    ]);
  });

  it("suggests speakers with their quote counts for /quote", () => {
    const [first] = suggest(command("quote"), context, "speaker-or-topic", "Trump");
    expect(first?.kind === "speaker" && first.choice.speaker.name).toBe("Donald Trump");
    expect(first?.kind === "speaker" && first.choice.quotes).toBeGreaterThan(0);
  });

  it("suggests where a partial question points, keeping the question", () => {
    const places = suggest(command("ask"), context, "question", " Friedensnobelpreis ");
    expect(places[0]).toMatchObject({ kind: "place", question: "Friedensnobelpreis" });
  });
});
