import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import { answerLine } from "../../src/console/console.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const context = {
  engine: createEngine([fixtureArticle("seed")], TABLES),
  locale: "en" as const,
  commands: COMMANDS,
};

describe("the console answers the bot's commands", () => {
  it("shows a section for /section Europeans", () => {
    expect(answerLine(context, "/section Europeans")).toMatch(
      /^3\. Europäer wollen erst Waffenruhe\n\n¶1 Zu den Forderungen/,
    );
  });

  it("lists sections", () => {
    expect(answerLine(context, "/sections")).toMatch(
      /^1\. Einleitung — 2 paragraphs\n2\. Sorge vor Gebietsabtretungen/,
    );
  });

  it("says when the article does not say, before the related passages", () => {
    expect(answerLine(context, "Wie alt ist Putin?")).toMatch(
      /^The article does not say\. Closest passages \(related, not an answer\):\n\n1\. \[/,
    );
  });

  it("takes plain text as a question", () => {
    expect(answerLine(context, "Friedensnobelpreis")).toContain("Wie geht es nach Alaska weiter?, ¶2");
  });

  it("gives a hint with an example for an empty question", () => {
    expect(answerLine(context, "/ask   ")).toMatch(/e\.g\. \/ask/);
  });

  it("tells about an unknown command", () => {
    expect(answerLine(context, "/frobnicate")).toBe("Unknown command /frobnicate. Try /help.");
  });

  it("explains an over-long option instead of failing", () => {
    expect(answerLine(context, `/ask ${"Krieg ".repeat(100)}`)).toMatch(
      /Option "question" of \/ask: Keep it under 300 characters/,
    );
  });

  it("answers /quote with the speaker's exact words and where they stand", () => {
    expect(answerLine(context, "/quote Trump")).toMatch(
      /^Quotes by Donald Trump:\n1\. „Gebietstausch“ \[Sorge vor Gebietsabtretungen, ¶1\]/,
    );
  });

  it("lists every command in /help", () => {
    const help = answerLine(context, "/help");
    for (const c of COMMANDS) expect(help).toContain(`/${c.name}`);
  });
});

describe("npm start without a token", () => {
  it("answers piped lines and exits, with a one-line hint on how to connect", () => {
    const env = { ...process.env, DISCORD_TOKEN: "" };
    const out = execFileSync("npm", ["start", "--silent"], {
      input: "/section Europeans\n/sections\n",
      encoding: "utf8",
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    expect(out).toContain("Europäer wollen erst Waffenruhe");
    expect(out).toContain("1. Einleitung");
  });
});
