/** Pages and limits that need their own bot: short-lived pages and a tight rate limit. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, isEphemeral, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed")], TABLES), {
    pageTtlMs: 300,
    rateLimit: { capacity: 2, refillMs: 60_000 },
  });
});
afterAll(async () => {
  await h?.stop();
});

describe("expiring pages and the rate limit", () => {
  it("takes the page buttons off when the pages expire (Delete stays), and a late click gets a clear message", async () => {
    const handle = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "Trump Putin Treffen" },
    });
    const reply = await handle.waitForReply();
    const customId = buttonsOf(reply)[1]?.custom_id ?? "";
    await handle.waitFor((r) => r.kind === "edit" && Array.isArray(r.data.components), 3_000);
    expect(buttonsOf(h.fake.message(reply.id) ?? reply).map((b) => b.label)).toEqual(["Delete"]);
    const late = await (await h.fake.sendComponent({ customId, message: reply })).waitForReply();
    expect(late.content).toMatch(/These buttons have expired/);
  });

  it("asks a user who floods it to slow down, privately", async () => {
    const user = h.fake.makeUser({ username: "flooder" });
    await (await h.fake.sendSlashCommand({ name: "sections", user })).waitForReply();
    await (await h.fake.sendSlashCommand({ name: "sections", user })).waitForReply();
    const third = await (await h.fake.sendSlashCommand({ name: "sections", user })).waitForReply();
    expect(isEphemeral(third)).toBe(true);
    expect(third.content).toMatch(/^Slow down a little: try again in \d+ s\.$/);
  });
});
