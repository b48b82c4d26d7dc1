/** What users of look-up bots ask for: private answers, answering for someone, places in autocomplete. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { buttonsOf, type Harness, isEphemeral, NO_RATE_LIMIT, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([fixtureArticle("seed")], TABLES), { rateLimit: NO_RATE_LIMIT });
});
afterAll(async () => {
  await h?.stop();
});

describe("private look-ups (hide)", () => {
  it.each([
    ["ask", { question: "Waffenruhe", hide: true }],
    ["section", { name: "2", hide: true }],
    ["sections", { hide: true }],
    ["about", { hide: true }],
  ])("/%s with hide answers ephemerally", async (name, options) => {
    const reply = await (await h.fake.sendSlashCommand({ name, options })).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.embeds.length).toBeGreaterThan(0);
  });

  it("answers visibly by default, pinging nobody", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "Waffenruhe" } })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(false);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("answering for someone (for)", () => {
  it("names the person and allows exactly that one user to be pinged, in the first send", async () => {
    const friend = h.fake.makeUser({ username: "friend" });
    const handle = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "Waffenruhe", for: friend.id },
    });
    const reply = await handle.waitForReply();
    expect(reply.content).toBe(`Suggested for <@${friend.id}>`);
    expect(reply.allowed_mentions).toEqual({ parse: [], users: [friend.id] });
    // The ping comes from the initial response, not from an edit of a deferred one.
    expect(handle.responses[0]?.kind).toBe("callback");
    expect(handle.responses.filter((r) => r.kind === "edit")).toHaveLength(0);
  });

  it("keeps the line but pings nobody again when the asker turns pages", async () => {
    const friend = h.fake.makeUser({ username: "friend2" });
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "Treffen", for: friend.id } })
    ).waitForReply();
    const next = buttonsOf(reply).find((b) => b.label === "Next");
    const page2 = await (
      await h.fake.sendComponent({ customId: next?.custom_id ?? "", message: reply })
    ).waitForReply((m) => (m.embeds[0]?.description ?? "").startsWith("**¶2**"));
    expect(page2.content).toBe(`Suggested for <@${friend.id}>`);
    expect(page2.allowed_mentions).toEqual({ parse: [] });
  });

  it("does not ping when the answer is private anyway", async () => {
    const friend = h.fake.makeUser({ username: "friend3" });
    const reply = await (
      await h.fake.sendSlashCommand({
        name: "ask",
        options: { question: "Waffenruhe", for: friend.id, hide: true },
      })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("compact replies", () => {
  it("opens /section on its first paragraph and pages the rest", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "Treffen als Vorstufe?" } })
    ).waitForReply();
    expect(reply.embeds[0]?.description).toMatch(/^\*\*¶1\*\* Einen Deal werde er selbst nicht machen/);
    expect(reply.embeds[0]?.description).not.toContain("¶2");
    expect(reply.embeds[0]?.footer?.text).toMatch(/Page 1\/3$/);
  });

  it("opens the passage for someone else in a private copy, leaving the asker's message as it was", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "Waffenruhe" } })
    ).waitForReply();
    const show = buttonsOf(reply).find((b) => b.label === "Show passage");
    const stranger = h.fake.makeUser({ username: "nosy" });
    const copy = await (
      await h.fake.sendComponent({ customId: show?.custom_id ?? "", message: reply, user: stranger })
    ).waitForReply();
    expect(isEphemeral(copy)).toBe(true);
    expect(buttonsOf(copy).map((b) => b.label)).toContain("Show less");
    expect(h.fake.message(reply.id)?.embeds).toEqual(reply.embeds);
  });
});

describe("autocomplete that suggests places", () => {
  it("offers the sections a partial question points to, within Discord's limits, never cut mid-word", async () => {
    const question =
      "what do the Europeans and chancellor Merz demand before any negotiations can start with Russia";
    const handle = await h.fake.sendAutocomplete({ name: "ask", options: { question } });
    const { choices } = (await handle.waitForResponse()).data as {
      choices: { name: string; value: string }[];
    };
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.name).toMatch(/^Europäer wollen erst Waffenruhe · ¶\d/);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(c.name).toMatch(/(\s\S+|…)$/);
      if (c.name.endsWith("…")) expect(question).toContain(c.name.split(" — ")[1]?.slice(0, -1).trim() ?? "");
    }
  });
});
