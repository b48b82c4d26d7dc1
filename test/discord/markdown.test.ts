/** Discord markup: echoed text renders as typed, deliberate markup is kept. */
import { escapeMarkdown } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, markSpans, md, phraseMd, toText, userMention } from "../../src/discord/markdown.ts";
import { wellFormed } from "../../src/views/truncate.ts";

describe("escapeText", () => {
  it("escapes bold, italics, underline, code and a masked link", () => {
    expect(toText(escapeText("**fett** _kursiv_ __unter__ `code` [klick](https://example.com)"))).toBe(
      "\\*\\*fett\\*\\* \\_kursiv\\_ \\_\\_unter\\_\\_ \\`code\\` \\[klick](https://example.com)",
    );
  });

  it("breaks @everyone, @here and mentions of users, roles and channels with a zero-width space", () => {
    expect(toText(escapeText("@everyone @here <@123> <@&45> <#67>"))).toBe(
      "@\u200beveryone @\u200bhere <\u200b@123> <\u200b@&45> <\u200b#67>",
    );
  });

  it("replaces lone surrogates and keeps pairs", () => {
    expect(toText(escapeText("a\uD800b\uDC00c 😀"))).toBe("a\uFFFDb\uFFFDc 😀");
  });

  it("leaves ordinary German text as it is", () => {
    const text = "Bundeskanzler Friedrich Merz (CDU) sagte: „Wir sind bereit.“ US-Präsident, 2025-08-15.";
    expect(toText(escapeText(text))).toBe(text);
  });

  it("escapes exactly as discord.js's escapeMarkdown (headings and lists on), then [, @everyone and mentions", () => {
    const discordJs = (text: string) =>
      escapeMarkdown(wellFormed(text), { heading: true, bulletedList: true, numberedList: true })
        .replace(/\[/g, "\\[")
        .replace(/@(everyone|here)/gi, "@\u200b$1")
        .replace(/<(?=[@#/:]|a:)/g, "<\u200b");
    const hostile = fc.constantFrom(
      "*",
      "__",
      "`",
      "[x](https://e.com)",
      "@everyone",
      "<@1>",
      "<a:",
      "# ",
      "\n",
      "1.",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: hostile })), (text) => {
        expect(toText(escapeText(text))).toBe(discordJs(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("never leaves an unescaped [ in any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(toText(escapeText(text)).replace(/\\[\s\S]/g, "")).not.toContain("[");
      }),
    );
  });
});

describe("md", () => {
  it("escapes interpolated strings and keeps interpolated markup", () => {
    const title = "Gipfel **heute**";
    expect(toText(md`**${title}** ${md`__${"x_y"}__`}`)).toBe("**Gipfel \\*\\*heute\\*\\*** __x\\_y__");
  });
});

describe("phraseMd", () => {
  it("keeps the phrase's own code marks and escapes the values", () => {
    expect(toText(phraseMd("en", "noSection", { query: "[a](b)" }))).toBe('No section matches "\\[a](b)".');
    expect(toText(phraseMd("en", "emptySection"))).toContain("`/section 2`");
  });

  it("takes a user mention as deliberate markup", () => {
    expect(toText(phraseMd("en", "suggestedFor", { user: userMention("123456789012345678") }))).toBe(
      "Suggested for <@123456789012345678>",
    );
  });
});

describe("markSpans", () => {
  it("underlines a matched word inside a masked link without making the link live", () => {
    const text = "Mehr unter [Klick](https://evil.example) hier.";
    const start = text.indexOf("Klick");
    expect(toText(markSpans(text, undefined, [{ start, end: start + 5 }]))).toBe(
      "Mehr unter \\[__Klick__](https://evil.example) hier.",
    );
  });
});

describe("userMention", () => {
  it("refuses anything but a user id", () => {
    expect(() => userMention("<@123> @everyone")).toThrow(/not a Discord user id/);
  });
});
