/**
 * "Ask the article" (Apps → on a message): the message's text answered as an /ask question,
 * privately, with a button that shares the answer in the channel.
 */
import { InteractionResponseType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, isEphemeral, NO_RATE_LIMIT, startHarness } from "../support/bot-harness.ts";
import type { FakeMessage } from "../support/fake-discord/index.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed")], TABLES), { rateLimit: NO_RATE_LIMIT });
});
afterAll(async () => {
  await h?.stop();
});

const ASK = "Ask the article";
const labels = (message: FakeMessage) => buttonsOf(message).map((b) => b.label);

describe("GIVEN a message in a discussion WHEN someone picks Ask the article", () => {
  it("THEN its text is answered as /ask would, privately, with a button to share it", async () => {
    const target = await h.fake.sendMessage({ content: "Wer will den Friedensnobelpreis bekommen?" });
    const reply = await (await h.fake.sendMessageCommand({ name: ASK, target })).waitForReply();
    const slash = await (
      await h.fake.sendSlashCommand({
        name: "ask",
        options: { question: "Wer will den Friedensnobelpreis bekommen?", hide: true },
      })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.embeds).toEqual(slash.embeds);
    expect(labels(reply)).toEqual(["Previous", "More results", "Show passage", "Share in channel"]);
  });

  it("THEN Share posts the answer in the channel at the page the asker was on, as theirs to delete", async () => {
    const target = await h.fake.sendMessage({ content: "Trump Putin Treffen" });
    const reply = await (await h.fake.sendMessageCommand({ name: ASK, target })).waitForReply();
    const more = buttonsOf(reply).find((b) => b.label === "More results")?.custom_id ?? "";
    await (await h.fake.sendComponent({ customId: more, message: reply })).waitForResponse();
    const page2 = h.fake.message(reply.id) ?? reply;
    const share = buttonsOf(page2).find((b) => b.label === "Share in channel")?.custom_id ?? "";
    const handle = await h.fake.sendComponent({ customId: share, message: page2 });
    const shared = await handle.waitForReply();
    expect(handle.callback?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(shared)).toBe(false);
    expect(shared.content).toBe(`Shared by <@${h.fake.user.id}>`);
    expect(shared.allowed_mentions).toEqual({ parse: [] });
    expect(shared.embeds).toEqual(page2.embeds);
    expect(labels(shared)).toEqual(["Previous", "Next", "Show passage", "Delete"]);
  });

  it("THEN a German client gets German names and buttons", async () => {
    const target = await h.fake.sendMessage({ content: "Was fordern die Europäer?" });
    const reply = await (await h.fake.sendMessageCommand({ name: ASK, target, locale: "de" })).waitForReply();
    expect(labels(reply)).toContain("Im Kanal teilen");
    expect(reply.embeds[0]?.title).toMatch(/^Antwort: Was fordern die Europäer\?/);
  });

  it("THEN a message of mentions and links only is told it has no text to ask about", async () => {
    const target = await h.fake.sendMessage({ content: `<@${h.fake.user.id}> https://example.org/a` });
    const reply = await (await h.fake.sendMessageCommand({ name: ASK, target })).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe("That message has no text I could ask the article about.");
  });

  it("THEN a message longer than a question is asked by its first 300 characters, not refused", async () => {
    const content = `Waffenruhe ${"und noch mehr Worte ".repeat(40)}`;
    const target = await h.fake.sendMessage({ content });
    const reply = await (await h.fake.sendMessageCommand({ name: ASK, target })).waitForReply();
    expect(reply.embeds[0]?.title).toMatch(/^(Answer|The article does not say): Waffenruhe/);
  });

  it("THEN it works in a thread and, for a user install, in a private channel", async () => {
    const inThread = await h.fake.sendMessage({ content: "Waffenruhe", thread: true });
    const threadReply = await (
      await h.fake.sendMessageCommand({ name: ASK, target: inThread, thread: true })
    ).waitForReply();
    expect(threadReply.channel_id).toBe(h.fake.threadId);
    const elsewhere = { ...inThread, id: "1234567890123456789", channel_id: "1234567890123456788" };
    const privateReply = await (
      await h.fake.sendMessageCommand({ name: ASK, target: elsewhere, privateChannel: true })
    ).waitForReply();
    expect(privateReply.embeds[0]?.title).toMatch(/Waffenruhe/);
  });
});

describe("GIVEN someone who reads /help", () => {
  it("THEN it tells them of the menu, in their language", async () => {
    for (const [locale, line] of [
      ["en-US", "On any message, Apps → **Ask the article** answers its text, just for you."],
      ["de", "Auf jeder Nachricht beantwortet Apps → **Artikel fragen** ihren Text, nur für dich."],
    ] as const) {
      const reply = await (await h.fake.sendSlashCommand({ name: "help", locale })).waitForReply();
      expect(reply.embeds[0]?.description?.split("\n").at(-1)).toBe(line);
    }
  });
});
