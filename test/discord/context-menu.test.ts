/** The question a message makes, and the registration data of the message command. */
import { ApplicationCommandType } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../commands/options.ts";
import { messageCommandData, questionOf } from "../../src/discord/context-menu.ts";

describe("questionOf", () => {
  it("drops mentions, custom emoji and links, keeping the words", () => {
    expect(
      questionOf(
        "<@123456789012345678> was fordert <#123456789012345679> Merz? <:hm:123456789012345670> https://x.example/a",
      ),
    ).toBe("was fordert Merz?");
  });

  it("cuts a long message at a word, to what /ask takes", () => {
    const question = questionOf(`${"Waffenruhe ".repeat(60)}Ende`);
    expect(question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(question).toMatch(/^(Waffenruhe )+Waffenruhe…$/);
  });

  it("makes from any text a question /ask takes: on one line, within its length, without a mention", () => {
    const mention = fc.stringMatching(/^<@!?\d{17,19}>$/);
    const text = fc.array(fc.oneof(fc.string(), fc.string({ unit: "binary" }), mention), { maxLength: 30 });
    fc.assert(
      fc.property(text, (parts) => {
        const question = questionOf(parts.join(" "));
        expect(question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
        expect(question).not.toMatch(/[\r\n]|<@!?\d+>/);
        expect(question).toBe(question.trim());
      }),
    );
  });
});

describe("messageCommandData", () => {
  it("registers Ask the article as a message command, named in German, with no description", () => {
    expect(messageCommandData()).toEqual([
      {
        type: ApplicationCommandType.Message,
        name: "Ask the article",
        name_localizations: { de: "Artikel fragen" },
        integration_types: [0, 1],
        contexts: [0, 1, 2],
      },
    ]);
  });
});
