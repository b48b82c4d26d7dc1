/**
 * The connection's episodes in the logs, against the fake Discord: a fatal close code gets one
 * error line saying what to fix and ends the bot; a transient one reconnects and is logged once
 * when it starts and once when it ends; 429s name their route and wait; a REST outage is one line
 * when it starts and one when it ends, however many requests fail in between.
 */
import { afterEach, describe, expect, it } from "vitest";
import { REST_RETRIES } from "../../src/discord/client.ts";
import type { FatalClose } from "../../src/discord/health.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const engine = createEngine([fixtureArticle("seed")], TABLES);
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** How long to wait for a log line: a bound for a slow machine, not a timing assertion. */
const POLL = { timeout: 10_000 };

const linesWith = (harness: Harness, text: string) =>
  harness.logs.filter((l) => String(l.msg).includes(text));

describe("GIVEN a fatal gateway close code", () => {
  for (const [code, fix] of [
    [4004, /Reset Token.*DISCORD_TOKEN/],
    [4011, /SHARDS=auto/],
    [4014, /Privileged Gateway Intents/],
  ] as const) {
    it(`WHEN Discord closes with ${code} THEN one error line says what to fix and the bot is told to stop`, async () => {
      const fatal: FatalClose[] = [];
      h = await startHarness(engine, { onFatal: (close) => fatal.push(close) });
      h.fake.dropConnection(code);
      await expect.poll(() => fatal.map((f) => f.code)).toEqual([code]);
      const errors = h.logs.filter((l) => l.level === 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.msg).toMatch(new RegExp(`^Discord closed the gateway for good \\(${code}, `));
      expect(errors[0]?.msg).toMatch(fix);
    });
  }
});

describe("GIVEN a transient disconnect, rate limits and a REST outage", () => {
  it("WHEN the gateway drops with 4000 THEN it resumes, logged once as it starts and once as it ends", async () => {
    const fatal: FatalClose[] = [];
    h = await startHarness(engine, { onFatal: (close) => fatal.push(close) });
    h.fake.dropConnection(4000);
    await h.fake.waitForResume();
    await expect.poll(() => linesWith(h as Harness, "gateway resumed after a reconnect").length).toBe(1);
    expect(linesWith(h, "gateway connection lost; reconnecting")).toHaveLength(1);
    expect(fatal).toEqual([]);
  });

  it("WHEN a reply meets a 429 THEN the line names the route and the wait", async () => {
    h = await startHarness(engine);
    h.fake.failNext({ method: "POST", path: /\/callback$/ }, { status: 429, retryAfter: 0.2 });
    await (await h.fake.sendSlashCommand({ name: "sections" })).waitForReply();
    const [line] = linesWith(h, "rate limited by Discord (429)");
    expect(line).toMatchObject({ method: "POST", waitMs: 200, global: false });
    expect(String(line?.route)).toMatch(/^\/interactions\/.*callback$/);
  });

  it("WHEN REST answers 500 for a while THEN each request is retried a bounded number of times, one line says so, one says it is back, and the bot answers again", async () => {
    h = await startHarness(engine);
    // The answer fails, then the failure notice does: each tried once and retried REST_RETRIES times.
    const attempts = 2 * (1 + REST_RETRIES);
    h.fake.failNext({ method: "POST", path: /\/callback$/ }, { status: 500, times: attempts });
    await h.fake.sendSlashCommand({ name: "sections" });
    await expect
      .poll(() => linesWith(h as Harness, "could not tell the user about the failure").length, POLL)
      .toBe(1);
    expect(h.fake.pendingFaults).toBe(0);
    expect(h.fake.requests.filter((r) => r.path.endsWith("/callback"))).toHaveLength(attempts);
    const reply = await (await h.fake.sendSlashCommand({ name: "help" })).waitForReply();
    expect(reply.embeds[0]?.title).toBe("How to use article-bot");
    await expect.poll(() => linesWith(h as Harness, "Discord REST answers again").length, POLL).toBe(1);
    expect(linesWith(h, "Discord REST is failing")).toHaveLength(1);
    expect(linesWith(h, "Discord REST answers again")[0]).toMatchObject({ failures: attempts });
  });

  it("WHEN Discord refuses a reply for missing permissions (403) THEN one warn line per route says which permissions to give", async () => {
    h = await startHarness(engine);
    h.fake.failNext(
      { method: "POST", path: /\/messages$/ },
      { status: 403, code: 50013, message: "Missing Permissions", times: 2 },
    );
    await h.fake.sendMessage({ content: "Gebiet", mentionsBot: true });
    await h.fake.sendMessage({ content: "Europäer", mentionsBot: true });
    await expect.poll(() => h?.fake.pendingFaults).toBe(0);
    const reply = await (await h.fake.sendSlashCommand({ name: "help" })).waitForReply();
    expect(reply.embeds[0]?.title).toBe("How to use article-bot");
    const lines = linesWith(h, "missing permissions (403)");
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        status: 403,
        route: expect.stringMatching(/^\/channels\/.*\/messages$/),
      }),
    ]);
    expect(String(lines[0]?.msg)).toMatch(
      /To fix: give the bot View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History and Add Reactions \(274877992000\)/,
    );
  });
});
