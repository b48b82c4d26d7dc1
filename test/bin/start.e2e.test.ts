/**
 * `npm start`'s entry as its own process: from the bundle it connects the real discord.js client
 * to a fake Discord on 127.0.0.1 and answers a slash command.
 */
import { type ChildProcess, spawn } from "node:child_process";
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

describe("bin/start.js with a token", () => {
  it("runs the bot, which answers /ask in the channel", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    let output = "";
    let stderr = "";
    child = spawn(process.execPath, ["bin/start.js"], {
      cwd: ROOT,
      env: botEnv(fake.token, fake.apiUrl, "debug"),
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
      output += String(chunk);
    });
    await fake.waitForReady(30_000);
    const reply = await (
      await fake.sendSlashCommand({ name: "ask", options: { question: "Europeans" } })
    ).waitForReply(() => true, 30_000);
    expect(reply.embeds.map((e) => e.description ?? "").join("\n")).toContain("Waffenruhe");
    // The token shows up in no log line, and the bot ran from the bundle, not the sources.
    expect(output).not.toContain(fake.token);
    expect(stderr).not.toContain("running the sources");
  }, 60_000);
});
