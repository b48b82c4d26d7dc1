/**
 * discord.js keeps only what the bot needs: after answering many users (commands, buttons,
 * mentions) through the local fake Discord, it holds no user, member or message but its own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, NO_RATE_LIMIT, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed")], TABLES), { rateLimit: NO_RATE_LIMIT });
});
afterAll(async () => {
  await h?.stop();
});

describe("GIVEN the bot has answered twenty users", () => {
  it("THEN every one got the answer, AND discord.js keeps no user, member or message but the bot's own", async () => {
    const client = h.bot.client;
    for (let i = 0; i < 20; i++) {
      const user = h.fake.makeUser({ username: `reader${i}` });
      const reply = await (
        await h.fake.sendSlashCommand({ name: "ask", options: { question: "Friedensnobelpreis" }, user })
      ).waitForReply();
      expect(reply.embeds[0]?.description).toContain("Friedensnobelpreis");
      const show = buttonsOf(reply).find((b) => b.label === "Show passage");
      expect(show).toBeDefined();
      const full = await (
        await h.fake.sendComponent({ customId: show?.custom_id ?? "", message: reply, user })
      ).waitForReply();
      expect(full.embeds[0]?.description).toContain("Friedensnobelpreis");
      const question = await h.fake.sendMessage({
        content: "Friedensnobelpreis",
        mentionsBot: true,
        author: user,
      });
      await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === question.id);
    }
    const me = client.user?.id;
    expect([...client.users.cache.keys()].filter((id) => id !== me)).toEqual([]);
    for (const guild of client.guilds.cache.values()) {
      expect([...guild.members.cache.keys()].filter((id) => id !== me)).toEqual([]);
    }
    for (const channel of client.channels.cache.values()) {
      if ("messages" in channel) expect(channel.messages.cache.size).toBe(0);
    }
  });
});
