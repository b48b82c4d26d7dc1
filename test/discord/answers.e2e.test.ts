/**
 * A public answer belongs to the channel: whoever else presses its buttons gets a private copy to
 * page themselves, the asker's message changes only for the asker, and only the asker can delete
 * it. Its pages exist before the reply does, so no click comes too early.
 */
import { InteractionResponseType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, isEphemeral, NO_RATE_LIMIT, startHarness } from "../support/bot-harness.ts";
import type { FakeMessage, InteractionHandle } from "../support/fake-discord/index.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed")], TABLES), { rateLimit: NO_RATE_LIMIT });
});
afterAll(async () => {
  await h?.stop();
});

const button = (message: FakeMessage, label: string) => {
  const found = buttonsOf(message).find((b) => b.label === label);
  if (!found) throw new Error(`no "${label}" button in ${JSON.stringify(buttonsOf(message))}`);
  return found.custom_id;
};
const firstResult = (message: FakeMessage | undefined) =>
  /^\*\*(\d+)\./.exec(message?.embeds[0]?.description ?? "")?.[1];

async function publicAnswer(): Promise<FakeMessage> {
  const handle = await h.fake.sendSlashCommand({ name: "ask", options: { question: "Trump Putin Treffen" } });
  return handle.waitForReply();
}

describe("GIVEN a public answer WHEN someone other than the asker presses its buttons", () => {
  it("THEN they get a private copy at that page, which they page themselves, and the asker's message stays", async () => {
    const reply = await publicAnswer();
    const reader = h.fake.makeUser({ username: "reader" });
    const copy = await (
      await h.fake.sendComponent({ customId: button(reply, "More results"), message: reply, user: reader })
    ).waitForReply();
    expect(isEphemeral(copy)).toBe(true);
    expect(firstResult(copy)).toBe("4");
    // A private copy has nothing to delete for the channel and nothing to share again.
    expect(buttonsOf(copy).map((b) => b.label)).toEqual(["Previous", "Next", "Show passage"]);

    const back = await h.fake.sendComponent({
      customId: button(copy, "Previous"),
      message: copy,
      user: reader,
    });
    expect((await back.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(firstResult(h.fake.message(copy.id))).toBe("1");
    expect(h.fake.message(reply.id)?.embeds).toEqual(reply.embeds);
  });

  it("THEN the copy speaks the reader's language", async () => {
    const reply = await publicAnswer();
    const leser = h.fake.makeUser({ username: "leser" });
    const copy = await (
      await h.fake.sendComponent({
        customId: button(reply, "Show passage"),
        message: reply,
        user: leser,
        locale: "de",
      })
    ).waitForReply();
    expect(buttonsOf(copy).map((b) => b.label)).toEqual(["Zurück", "Mehr Treffer", "Weniger zeigen"]);
  });

  it("THEN the asker's own press still turns the public message", async () => {
    const reply = await publicAnswer();
    const click = await h.fake.sendComponent({ customId: button(reply, "More results"), message: reply });
    expect((await click.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(firstResult(h.fake.message(reply.id))).toBe("4");
    expect(buttonsOf(h.fake.message(reply.id) ?? reply).map((b) => b.label)).toContain("Delete");
  });
});

describe("GIVEN a public answer with its Delete button", () => {
  it("WHEN someone else presses Delete THEN they are told privately and the answer stays", async () => {
    const reply = await publicAnswer();
    const other = h.fake.makeUser({ username: "other" });
    const told = await (
      await h.fake.sendComponent({ customId: button(reply, "Delete"), message: reply, user: other })
    ).waitForReply();
    expect(isEphemeral(told)).toBe(true);
    expect(told.content).toBe("Only the person who asked can delete this answer.");
    expect(h.fake.message(reply.id)).toBeDefined();
  });

  it("WHEN the asker presses Delete THEN the bot's answer is gone", async () => {
    const reply = await publicAnswer();
    const click = await h.fake.sendComponent({ customId: button(reply, "Delete"), message: reply });
    await click.waitFor((r) => r.kind === "delete");
    expect(h.fake.message(reply.id)).toBeUndefined();
  });

  it("WHEN the answer has a single page THEN Delete is its only button", async () => {
    const reply = await (await h.fake.sendSlashCommand({ name: "sections" })).waitForReply();
    expect(buttonsOf(reply).map((b) => b.label)).toEqual(["Delete"]);
  });

  it("WHEN the answer is private THEN it has no Delete (the asker can dismiss it)", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "Treffen", hide: true } })
    ).waitForReply();
    expect(buttonsOf(reply).map((b) => b.label)).not.toContain("Delete");
    expect(buttonsOf(reply).map((b) => b.label)).toContain("Share in channel");
  });
});

describe("GIVEN the app installed to a user's account, used in a private channel without the bot", () => {
  it("THEN the answer, its page turns and its Delete work through the interaction alone", async () => {
    const handle = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "Trump Putin Treffen" },
      privateChannel: true,
    });
    const reply = await handle.waitForReply();
    expect(handle.payload.context).toBe(2);
    expect(isEphemeral(reply)).toBe(false);
    const turn = await h.fake.sendComponent({
      customId: button(reply, "More results"),
      message: reply,
      privateChannel: true,
    });
    expect((await turn.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
    const remove = await h.fake.sendComponent({
      customId: button(reply, "Delete"),
      message: reply,
      privateChannel: true,
    });
    await remove.waitFor((r) => r.kind === "delete");
    expect(h.fake.message(reply.id)).toBeUndefined();
    // Only interaction routes: the bot is in no channel to post in there.
    expect(h.fake.requests.filter((r) => r.path.startsWith(`/channels/${reply.channel_id}`))).toEqual([]);
  });
});

describe("GIVEN a click that arrives before Discord has answered the reply's POST", () => {
  it("THEN the click finds the pages: they are kept before the reply is sent", async () => {
    let click: InteractionHandle | undefined;
    const held = h.fake.holdResponse(
      { method: "POST", path: /^\/interactions\/\d+\/[^/]+\/callback$/ },
      async (request) => {
        const id = request.path.split("/")[2];
        const reply = h.fake.interactions.find((i) => i.id === id)?.original;
        if (!reply) throw new Error("the reply was not created");
        click = await h.fake.sendComponent({ customId: button(reply, "More results"), message: reply });
        await click.waitForResponse();
      },
    );
    const handle = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "Trump Putin Treffen" },
    });
    await handle.waitForReply();
    await held;
    const answered = await click?.waitForResponse();
    expect(answered?.type).toBe(InteractionResponseType.UpdateMessage);
    expect(firstResult(handle.original)).toBe("4");
  });
});
