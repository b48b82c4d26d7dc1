/**
 * Nothing a user types and nothing an article says can become markup, a live link or a ping.
 * Hostile text — a masked link, `**`, `@everyone`, a user mention and a lone surrogate — goes into
 * every option of every command (slash commands and autocomplete, through the fake Discord) and
 * into an article (title, heading, paragraphs, a quote, the photo); every field of every reply is
 * then checked.
 */
import type { APIEmbed, APIMessage } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import { type Article, captionSection } from "../../src/corpus/article.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const LINK = "[x](https://example.com)";
const BOLD = "zq**qz";
const PROBE = `${LINK} ${BOLD} @everyone <@123> \uD800`;

/** An invented article whose every printed part carries the hostile text. */
const hostile: Article = {
  id: "2025-01-01-hostile-probe",
  title: `Stadtrat beschließt Haushalt ${PROBE}`,
  date: "2025-01-01",
  source: `dpa ${BOLD}`,
  language: "de",
  photo: { caption: `Das Rathaus von Musterstadt ${LINK}`, credit: `Foto ${BOLD} <@123>`, count: 1 },
  sections: [
    {
      index: 0,
      kind: "lead",
      title: "Einleitung",
      paragraphs: [
        {
          number: 1,
          text: `Der Stadtrat von Musterstadt stimmte über den [Klick](https://evil.example) Haushalt ab. ${PROBE}`,
        },
      ],
    },
    {
      index: 1,
      kind: "body",
      title: `Sparen ${PROBE}`,
      paragraphs: [
        {
          number: 1,
          text: `„Wir sparen [klick](https://evil.example) und ${BOLD} @everyone“, sagte Bürgermeisterin Anna Weber.`,
        },
        { number: 2, text: `Die Opposition kritisierte den Haushalt scharf. ${PROBE}` },
      ],
    },
    captionSection(
      { caption: `Das Rathaus von Musterstadt ${LINK}`, credit: `Foto ${BOLD} <@123>`, count: 1 },
      2,
    ),
  ],
};

/** What goes into the options: the hostile text alone, and with words the article answers. */
const VALUES = [PROBE, `Klick Haushalt ${PROBE}`, "Anna Weber", `sparen ${PROBE}`, "Sparen", "1"];

/** Every way the text of a message field can still do harm; empty when it is safe. */
function harmIn(where: string, text: string, allowedMention?: string): string[] {
  const harm: string[] = [];
  // Escaped characters are shown as typed; what is left is what Discord would interpret.
  const interpreted = text.replace(/\\[\s\S]/g, "");
  if (/\[[^\]]*\]\(/.test(interpreted)) harm.push(`${where}: a live masked link in ${JSON.stringify(text)}`);
  if (text.includes(BOLD)) harm.push(`${where}: unescaped ** in ${JSON.stringify(text)}`);
  if (/@(everyone|here)/i.test(text)) harm.push(`${where}: @everyone in ${JSON.stringify(text)}`);
  for (const m of text.match(/<@[!&]?\d+>/g) ?? [])
    if (m !== allowedMention) harm.push(`${where}: the mention ${m} in ${JSON.stringify(text)}`);
  harm.push(...invalidUtf16(where, text));
  return harm;
}

function invalidUtf16(where: string, text: string): string[] {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
    ? [`${where}: invalid UTF-16 in ${JSON.stringify(text)}`]
    : [];
}

/** Every field of a message: content, each embed's title, description, fields and footer, each button's label. */
function harmInMessage(where: string, message: Partial<APIMessage>, allowedMention?: string): string[] {
  const embeds = (message.embeds ?? []) as APIEmbed[];
  const texts: [string, string | undefined][] = [
    ["content", message.content],
    ...embeds.flatMap((e, i): [string, string | undefined][] => [
      [`embed ${i} title`, e.title],
      [`embed ${i} description`, e.description],
      [`embed ${i} footer`, e.footer?.text],
      [`embed ${i} author`, e.author?.name],
      ...(e.fields ?? []).flatMap((f, j): [string, string][] => [
        [`embed ${i} field ${j} name`, f.name],
        [`embed ${i} field ${j} value`, f.value],
      ]),
    ]),
    ...buttonsOf(message as APIMessage).map((b, i): [string, string] => [`button ${i} label`, b.label]),
  ];
  return texts.flatMap(([field, text]) => (text ? harmIn(`${where}, ${field}`, text, allowedMention) : []));
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed"), hostile], TABLES), {
    rateLimit: { capacity: 10_000, refillMs: 1 },
  });
});
afterAll(async () => {
  await h?.stop();
});

/** Every invocation worth trying: each string option of each command with each value, the others plain. */
function invocations(): { name: string; options: Record<string, string | boolean> }[] {
  return COMMANDS.flatMap((command) => {
    const strings = command.options.filter((o) => o.type === "string");
    const base = Object.fromEntries(strings.filter((o) => o.required).map((o) => [o.name, "Haushalt"]));
    const varied = strings.flatMap((o) =>
      [...VALUES, ...(o.name === "article" ? [hostile.id] : [])].map((value) => ({
        name: command.name,
        options: { ...base, [o.name]: value },
      })),
    );
    return [{ name: command.name, options: base }, ...varied];
  });
}

describe("GIVEN hostile text in every option and in the article", () => {
  it("THEN no reply of any command (every page, compact and full) holds a live link, markup, a ping or invalid UTF-16", async () => {
    const harm: string[] = [];
    for (const input of invocations()) {
      const where = `/${input.name} ${JSON.stringify(input.options)}`;
      const handle = await h.fake.sendSlashCommand(input);
      const reply = await handle.waitForReply();
      expect(reply.allowed_mentions, where).toEqual({ parse: [] });
      harm.push(...harmInMessage(where, reply));
      // Every page and the full passages: what the buttons show is checked too.
      for (const button of buttonsOf(reply).filter((b) => !b.disabled)) {
        const click = await h.fake.sendComponent({ customId: button.custom_id, message: reply });
        const { data } = await click.waitForResponse();
        harm.push(...harmInMessage(`${where} → ${button.label}`, (data ?? {}) as Partial<APIMessage>));
      }
    }
    expect(harm).toEqual([]);
  });

  it("THEN a suggestion for someone pings only that person, and the hostile text still nobody", async () => {
    const target = h.fake.makeUser({ username: "alex" });
    const reply = await (
      await h.fake.sendSlashCommand({ name: "quote", options: { "speaker-or-topic": PROBE, for: target.id } })
    ).waitForReply();
    expect(reply.allowed_mentions).toEqual({ parse: [], users: [target.id] });
    expect(harmInMessage("/quote for", reply, `<@${target.id}>`)).toEqual([]);
  });

  it("THEN the answer to a mention or a DM is as safe", async () => {
    await h.fake.sendMessage({ content: `Klick Haushalt ${PROBE}`, mentionsBot: true });
    const answer = await h.fake.waitForChannelMessage((m) => m.embeds.length > 0 || Boolean(m.content));
    expect(harmInMessage("mention", answer)).toEqual([]);
  });

  it("THEN autocomplete offers at most 25 choices, each valid UTF-16 within 100 characters", async () => {
    const problems: string[] = [];
    for (const command of COMMANDS)
      for (const option of command.options.filter((o) => o.autocomplete))
        for (const value of [...VALUES, "", "Anna", "Haus", `Klick ${PROBE}`.repeat(3)]) {
          const required = Object.fromEntries(
            command.options.filter((o) => o.required && o.name !== option.name).map((o) => [o.name, "x"]),
          );
          const handle = await h.fake.sendAutocomplete({
            name: command.name,
            options: { ...required, [option.name]: value },
            focused: option.name,
          });
          const { choices } = (await handle.waitForResponse()).data as {
            choices: { name: string; value: string }[];
          };
          const where = `/${command.name} ${option.name}=${JSON.stringify(value)}`;
          if (choices.length > 25) problems.push(`${where}: ${choices.length} choices`);
          for (const c of choices) {
            if (c.name.length > 100 || c.value.length > 100)
              problems.push(`${where}: ${JSON.stringify(c)} too long`);
            problems.push(
              ...invalidUtf16(`${where} name`, c.name),
              ...invalidUtf16(`${where} value`, c.value),
            );
          }
        }
    expect(problems).toEqual([]);
  });
});
