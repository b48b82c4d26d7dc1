/** The payload guard: whatever goes out is inside Discord's limits, and what already is stays as it is. */
import type { APIEmbed } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  embedSize,
  fitChoices,
  fitComponents,
  fitEmbeds,
  fitMarkdown,
  fitMessage,
  openMarkers,
} from "../../src/discord/fit.ts";
import { checkChoices, checkMessageBody } from "../support/fake-discord/message-rules.ts";

describe("fitMarkdown", () => {
  it("leaves text within the limit exactly as it is", () => {
    expect(fitMarkdown("**1. Einleitung · ¶1**\n> Merz fordert eine __Waffenruhe__.", 100)).toBe(
      "**1. Einleitung · ¶1**\n> Merz fordert eine __Waffenruhe__.",
    );
  });

  it("cuts at a word boundary and ends with …", () => {
    expect(fitMarkdown("Der Stadtrat beschließt den Haushalt", 20)).toBe("Der Stadtrat…");
  });

  it("closes the bold and underline the cut left open, innermost first", () => {
    expect(fitMarkdown("**Merz fordert eine __Waffenruhe vor allen__ Gesprächen**", 37)).toBe(
      "**Merz fordert eine __Waffenruhe…__**",
    );
  });

  it("never leaves an escape dangling, so the … is not escaped", () => {
    const cut = fitMarkdown("abc\\* \\*\\*\\*\\*\\*\\*\\*\\*\\*", 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).not.toMatch(/(^|[^\\])(\\\\)*\\…/);
  });

  it("does not count escaped or code markers as markup", () => {
    expect(openMarkers("\\*\\*not bold\\_ `**code` **open")).toEqual(["**"]);
  });

  it("replaces lone surrogates and never cuts a surrogate pair in two", () => {
    expect(fitMarkdown("a\uD800b", 10)).toBe("a\uFFFDb");
    expect(fitMarkdown("😀😀😀😀", 4)).toBe("😀…");
  });

  it("always fits, whatever the text and the limit", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (t, max) => {
          const out = fitMarkdown(t, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

const long = (n: number) => "Wort ".repeat(n).trim();

describe("fitMessage", () => {
  it("returns a payload inside the limits unchanged", () => {
    const payload = {
      content: "Vorgeschlagen für <@123>",
      embeds: [{ title: "Antwort", description: "**1.** Text", footer: { text: "dpa · Page 1/2" } }],
      allowedMentions: { parse: [] },
    };
    expect(fitMessage(payload)).toEqual(payload);
  });

  it("keeps every part of every embed within its limit", () => {
    const embed: APIEmbed = {
      title: long(100),
      description: long(2_000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${long(100)}`, value: long(400) })),
      footer: { text: long(1_000) },
      author: { name: long(100) },
    };
    const fitted = fitMessage({ content: long(1_000), embeds: Array(12).fill(embed) });
    expect(checkMessageBody(fitted, [], { requireContent: true })).toBeUndefined();
    expect(fitted.embeds).toHaveLength(10);
  });

  it("keeps a message's embeds within 6,000 characters together, cutting descriptions before titles", () => {
    const embed = { title: long(50), description: long(800), footer: { text: long(400) } };
    const [first] = fitEmbeds([embed]);
    expect(embedSize(first as APIEmbed)).toBeLessThanOrEqual(6_000);
    expect(first?.title).toBe(embed.title);
    expect(first?.footer?.text).toBe(embed.footer.text);
    expect(first?.description?.endsWith("…")).toBe(true);
  });

  it("leaves out a button whose id is too long to route, and cuts long labels", () => {
    const rows = fitComponents([
      {
        type: 1,
        components: [
          { type: 2, style: 2, custom_id: "x".repeat(101), label: "Weiter" },
          { type: 2, style: 2, custom_id: "page:1:0:c", label: long(30) },
        ],
      },
    ]);
    expect(rows[0]?.components).toHaveLength(1);
    const [button] = rows[0]?.components ?? [];
    expect((button as { label: string }).label.length).toBeLessThanOrEqual(80);
  });
});

describe("fitChoices", () => {
  it("keeps at most 25 choices of valid text within 100 characters, dropping empty ones", () => {
    const choices = [
      { name: "", value: "x" },
      ...Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${long(40)}\uD800`, value: long(40) })),
    ];
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    expect(checkChoices({ choices: fitted })).toBeUndefined();
  });
});
