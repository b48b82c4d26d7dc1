/** The CLI answers through the same commands as Discord and the console. */
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { cli } from "../support/cli.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

describe("GIVEN the CLI and the bot over the same corpus", () => {
  it("THEN ask gives as many results as /ask, in the same order", () => {
    const question = "What do the Europeans demand?";
    const answer = JSON.parse(cli("ask", question, "--json").out);
    const bot = createEngine([fixtureArticle("seed")], TABLES).ask(question, { limit: 6 });
    expect(answer.results).toHaveLength(6);
    expect(answer.results.map((r: { text: string }) => r.text)).toEqual(
      bot.results.map((r) => r.passage.text),
    );
  });

  it("THEN an option the command refuses is a usage error with the console's sentence", () => {
    const { code, err } = cli("quote", "Trump ".repeat(20), "--json");
    expect(code).toBe(2);
    expect(err).toBe('error: Option "speaker-or-topic" of /quote: Keep it under 100 characters.');
  });
});
