/**
 * The bot in a busy channel: a mention beyond the rate limit gets ⏳ instead of a message; a
 * channel it may not post in is logged once per permission, naming it, and a slash command there
 * is answered privately with what the server admin must grant; threads work like channels.
 */
import { InteractionResponseType, PermissionFlagsBits } from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, isEphemeral, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed")], TABLES), {
    rateLimit: { capacity: 1, refillMs: 60_000 },
  });
});
afterEach(async () => {
  await h.fake.denyBotPermissions(h.fake.channelId, 0n);
});
afterAll(async () => {
  await h?.stop();
});

const permissionLines = () => h.logs.filter((l) => String(l.msg).startsWith("cannot post in channel"));

describe("GIVEN a user who mentions the bot beyond the rate limit", () => {
  it("THEN the extra mention gets a ⏳ reaction and no message", async () => {
    const user = h.fake.makeUser({ username: "eager" });
    await h.fake.sendMessage({ content: "Waffenruhe?", mentionsBot: true, author: user });
    await h.fake.waitForChannelMessage((m) => m.embeds.length > 0);
    const before = h.fake.channelMessages.length;
    const second = await h.fake.sendMessage({ content: "Und Merz?", mentionsBot: true, author: user });
    await h.fake.waitForRequest({ method: "PUT", path: /\/reactions\/⏳\/@me$/ });
    expect(h.fake.message(second.id)?.reactions).toEqual([
      expect.objectContaining({ emoji: { id: null, name: "⏳" }, me: true, count: 1 }),
    ]);
    expect(h.fake.channelMessages.length).toBe(before);
  });
});

describe("GIVEN a reader who keeps pressing the buttons of someone else's answer", () => {
  it("THEN private copies count towards the rate limit like commands, so one reader cannot push out everyone's pages", async () => {
    const asker = h.fake.makeUser({ username: "asker" });
    const reply = await (
      await h.fake.sendSlashCommand({
        name: "ask",
        options: { question: "Trump Putin Treffen" },
        user: asker,
      })
    ).waitForReply();
    const more = buttonsOf(reply).find((b) => b.label === "More results")?.custom_id ?? "";
    const reader = h.fake.makeUser({ username: "clicker" });
    const copy = await (
      await h.fake.sendComponent({ customId: more, message: reply, user: reader })
    ).waitForReply();
    expect(copy.embeds.length).toBe(1);
    const again = await (
      await h.fake.sendComponent({ customId: more, message: reply, user: reader })
    ).waitForReply();
    expect(isEphemeral(again)).toBe(true);
    expect(again.content).toMatch(/^Slow down a little: try again in \d+ s\.$/);
    // The asker's own page turns are not counted.
    const turn = await h.fake.sendComponent({ customId: more, message: reply, user: asker });
    expect((await turn.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
  });
});

describe("GIVEN a channel where the bot may not post", () => {
  it("WHEN mentions there cannot be answered THEN one warning names the missing permission, however many there are", async () => {
    await h.fake.denyBotPermissions(h.fake.channelId, PermissionFlagsBits.SendMessages);
    for (const name of ["a1", "a2", "a3"]) {
      const author = h.fake.makeUser({ username: name });
      await h.fake.sendMessage({ content: "Waffenruhe?", mentionsBot: true, author });
    }
    await expect.poll(() => h.fake.requests.filter((r) => r.status === 403).length).toBe(3);
    expect(permissionLines()).toEqual([
      expect.objectContaining({ level: 40, channel: h.fake.channelId, permission: "Send Messages" }),
    ]);
    expect(h.logs.filter((l) => l.msg === "mention failed")).toEqual([]);
  });

  it("WHEN the bot lacks Embed Links THEN that is the permission named", async () => {
    await h.fake.denyBotPermissions(h.fake.channelId, PermissionFlagsBits.EmbedLinks);
    const author = h.fake.makeUser({ username: "embedless" });
    await h.fake.sendMessage({ content: "Waffenruhe?", mentionsBot: true, author });
    await expect.poll(() => permissionLines().map((l) => l.permission)).toContain("Embed Links");
  });

  it("WHEN a slash command's public reply is refused THEN the asker gets it privately with what the admin must grant", async () => {
    await h.fake.denyBotPermissions(h.fake.channelId, PermissionFlagsBits.SendMessages);
    for (const name of ["s1", "s2"]) {
      h.fake.failNext(
        { method: "POST", path: /\/callback$/ },
        { status: 403, code: 50013, message: "Missing Permissions" },
      );
      const user = h.fake.makeUser({ username: name });
      const reply = await (
        await h.fake.sendSlashCommand({ name: "ask", options: { question: "Waffenruhe" }, user })
      ).waitForReply();
      expect(isEphemeral(reply)).toBe(true);
      expect(reply.content).toMatch(
        /^I can't post in this channel: a server admin must give me the \*\*Send Messages\*\* permission here\./,
      );
      expect(reply.embeds[0]?.title).toMatch(/Waffenruhe/);
      // Sharing or deleting would meet the same refusal; paging works.
      expect(buttonsOf(reply).map((b) => b.label)).toEqual(["Previous", "More results", "Show passage"]);
    }
    // One line for the channel and permission, whether mentions or slash commands met it.
    expect(permissionLines().filter((l) => l.permission === "Send Messages")).toHaveLength(1);
  });
});

describe("GIVEN a thread", () => {
  it("WHEN the bot is mentioned in it THEN it answers there", async () => {
    const author = h.fake.makeUser({ username: "threader" });
    await h.fake.sendMessage({ content: "Waffenruhe?", mentionsBot: true, author, thread: true });
    const reply = await h.fake.waitForChannelMessage((m) => m.channel_id === h.fake.threadId);
    expect(reply.embeds[0]?.title).toMatch(/Waffenruhe/);
  });

  it("WHEN a slash command is used in it THEN it answers there, with working buttons", async () => {
    const user = h.fake.makeUser({ username: "threadslash" });
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "Treffen" }, thread: true, user })
    ).waitForReply();
    expect(reply.channel_id).toBe(h.fake.threadId);
    expect(isEphemeral(reply)).toBe(false);
  });

  it("WHEN the bot may not send messages in threads THEN a mention there names Send Messages in Threads", async () => {
    await h.fake.denyBotPermissions(h.fake.channelId, PermissionFlagsBits.SendMessagesInThreads);
    const author = h.fake.makeUser({ username: "threadless" });
    await h.fake.sendMessage({ content: "Waffenruhe?", mentionsBot: true, author, thread: true });
    await expect
      .poll(() =>
        permissionLines()
          .filter((l) => l.channel === h.fake.threadId)
          .map((l) => l.permission),
      )
      .toEqual(["Send Messages in Threads"]);
  });
});
