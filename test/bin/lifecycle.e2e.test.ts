/**
 * `npm start`'s process when things go wrong: on a fatal gateway close it exits non-zero (so a
 * supervisor sees a failure) after one error-level line saying what to fix, within seconds; an
 * exception nothing caught is logged with a reference and the bot keeps serving.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { botEnv } from "../support/bot-process.ts";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord/index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  child?.kill();
  await fake?.close();
});

/** Starts bin/start.js with `token` against the fake: its exit (code and JSON log lines) and its lines so far. */
function startBot(token: string): {
  exit: Promise<{ code: number | null; lines: Record<string, unknown>[] }>;
  lines: () => Record<string, unknown>[];
} {
  let stdout = "";
  const parsed = () =>
    stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  child = spawn(process.execPath, ["bin/start.js"], {
    cwd: ROOT,
    env: botEnv(token, fake?.apiUrl, "info"),
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", (chunk) => {
    stdout += String(chunk);
  });
  const running = child;
  return {
    exit: once(running, "exit").then(([code]) => ({ code: code as number | null, lines: parsed() })),
    lines: parsed,
  };
}

describe("bin/start.js and Discord's fatal close codes", () => {
  it("WHEN Discord closes with 4014 THEN it exits 78 (EX_CONFIG) after one error line naming the Developer Portal setting", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const { exit } = startBot(fake.token);
    await fake.waitForReady(30_000);
    fake.dropConnection(4014);
    const { code, lines } = await exit;
    expect(code).toBe(78);
    const errors = lines.filter((l) => Number(l.level) >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.msg).toMatch(/\(4014, disallowed intents\).*Privileged Gateway Intents/);
  }, 60_000);

  it("WHEN the token is refused THEN it exits 78 after one error line saying to reset it", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const { exit } = startBot(`${fake.token.slice(0, -1)}x`);
    const { code, lines } = await exit;
    expect(code).toBe(78);
    const errors = lines.filter((l) => Number(l.level) >= 50);
    expect(errors.map((l) => l.msg)).toEqual([expect.stringMatching(/refused the bot token.*Reset Token/)]);
  }, 60_000);

  it("WHEN discord.js throws on a malformed context-menu interaction THEN one error line with a reference, and it keeps answering", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const bot = startBot(fake.token);
    await fake.waitForReady(30_000);
    // A user context-menu command without `resolved`: discord.js fails while constructing it.
    await fake.dispatch("INTERACTION_CREATE", {
      id: "123456789012345670",
      application_id: fake.applicationId,
      type: 2,
      token: "malformed",
      version: 1,
      channel_id: fake.channelId,
      guild_id: fake.guildId,
      member: {
        user: fake.user,
        roles: [],
        permissions: "0",
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
      },
      data: { id: "123456789012345671", name: "Quote this", type: 3, target_id: "123456789012345672" },
      locale: "en-US",
    });
    const reply = await (await fake.sendSlashCommand({ name: "help" })).waitForReply(() => true, 30_000);
    expect(reply.embeds[0]?.title).toBe("How to use article-bot");
    await expect
      .poll(() => bot.lines().filter((l) => l.msg === "unexpected exception; the bot keeps serving"))
      .toEqual([
        expect.objectContaining({
          level: 50,
          origin: "unhandledRejection",
          ref: expect.stringMatching(/^[0-9a-f]{8}$/),
        }),
      ]);
    expect(child?.exitCode).toBeNull();
  }, 60_000);

  it("WHEN an Ask the article interaction comes without its resolved message THEN it is survived, and the next one is answered", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const bot = startBot(fake.token);
    await fake.waitForReady(30_000);
    const target = await fake.sendMessage({ content: "Was fordern die Europäer?" });
    await fake.sendMessageCommand({ name: "Ask the article", target, omitResolved: true });
    const reply = await (await fake.sendMessageCommand({ name: "Ask the article", target })).waitForReply(
      () => true,
      30_000,
    );
    expect(reply.embeds[0]?.title).toMatch(/^Answer: Was fordern die Europäer\?/);
    await expect
      .poll(() => bot.lines().filter((l) => l.msg === "unexpected exception; the bot keeps serving"))
      .toEqual([expect.objectContaining({ level: 50, ref: expect.stringMatching(/^[0-9a-f]{8}$/) })]);
    expect(child?.exitCode).toBeNull();
  }, 60_000);
});
