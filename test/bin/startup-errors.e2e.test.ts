/**
 * `npm start` (bin/start.js, its own process) when it cannot get going: Discord out of reach (a
 * closed port, a name that does not resolve, a gateway that cannot be connected to) and a token Discord refuses each end in one
 * error-level line with the fix and a non-zero exit, no stack trace; `npm run deploy-commands`
 * says the same for a refused token, access not given (403) and no network.
 */
import { afterEach, describe, expect, it } from "vitest";
import { botEnv, closedPortUrl, runToExit } from "../support/bot-process.ts";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord/index.ts";

// Shaped like a bot token (the configuration check wants 50+ characters); no server accepts it.
const SOME_TOKEN = `${"A".repeat(26)}.${"B".repeat(6)}.${"C".repeat(38)}`;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const startBot = (token: string, apiUrl: string) =>
  runToExit(["bin/start.js"], botEnv(token, apiUrl, "info"));

/** The error-level lines of a run. */
const errorsOf = (lines: Record<string, unknown>[]) => lines.filter((l) => Number(l.level) >= 50);

describe("npm start when Discord cannot be reached", () => {
  it("WHEN DISCORD_API_URL is a closed port THEN one error line naming it and the fix, exit 75, no stack trace", async () => {
    const url = await closedPortUrl();
    const { code, stdout, stderr, lines } = await startBot(SOME_TOKEN, url);
    expect(code).toBe(75);
    expect(errorsOf(lines).map((l) => l.msg)).toEqual([
      `Discord cannot be reached: the connection to DISCORD_API_URL (${url}) was refused (ECONNREFUSED); the bot stops. To fix: check that DISCORD_API_URL points at a running proxy, or leave it empty to talk to Discord directly; then check the network.`,
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("WHEN the API's host name does not resolve THEN one error line naming the host, exit 75", async () => {
    // .invalid never resolves (RFC 2606).
    const { code, stdout, stderr, lines } = await startBot(SOME_TOKEN, "http://discord-proxy.invalid/api");
    expect(code).toBe(75);
    expect(errorsOf(lines).map((l) => l.msg)).toEqual([
      expect.stringMatching(
        /^Discord cannot be reached: the name discord-proxy\.invalid does not resolve \((ENOTFOUND|EAI_AGAIN)\); the bot stops\. To fix: /,
      ),
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("npm start when REST answers but the gateway cannot be reached", () => {
  it("WHEN the gateway's WebSocket is refused again and again THEN one error line saying so, exit 75, no stack trace", async () => {
    const gateway = (await closedPortUrl()).replace(/^http:/, "ws:").replace(/\/api$/, "");
    fake = await startFakeDiscord({ advertisedGatewayUrl: gateway });
    const { code, stdout, stderr, lines } = await startBot(fake.token, fake.apiUrl);
    expect(code).toBe(75);
    expect(errorsOf(lines).map((l) => l.msg)).toEqual([
      `Discord cannot be reached: the gateway (${gateway}) refused or dropped 10 connections in a row before the bot was ready; the bot stops. To fix: REST answered but the gateway's WebSocket did not: check that the firewall or proxy lets outgoing WebSocket connections through (wss://gateway.discord.gg, port 443); a supervisor will start the bot again.`,
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("npm start with a token Discord refuses", () => {
  it("WHEN REST answers 401 to the gateway lookup THEN one error line saying to reset the token, exit 78, no stack trace", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    const { code, stdout, stderr, lines } = await startBot(SOME_TOKEN, fake.apiUrl);
    expect(code).toBe(78);
    expect(errorsOf(lines).map((l) => l.msg)).toEqual([
      expect.stringMatching(
        /^Discord refused the bot token \(401 Unauthorized\); the bot stops\. To fix: .*Reset Token/,
      ),
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at |TokenInvalid/);
  }, 60_000);
});

describe("npm run deploy-commands when Discord refuses or cannot be reached", () => {
  const deploy = (env: Record<string, string>) =>
    runToExit(["--import", "tsx", "src/discord/deploy-commands.ts"], {
      ...process.env,
      DISCORD_TOKEN: fake?.token ?? SOME_TOKEN,
      DISCORD_APPLICATION_ID: fake?.applicationId ?? "123456789012345678",
      DISCORD_GUILD_ID: fake?.guildId ?? "123456789012345679",
      ...env,
    });

  it("WHEN the bot was not invited with applications.commands (403, Missing Access) THEN one line with the invite link, exit 78", async () => {
    fake = await startFakeDiscord();
    fake.failNext(
      { method: "PUT", path: /\/commands$/ },
      { status: 403, code: 50001, message: "Missing Access" },
    );
    const { code, stdout, stderr } = await deploy({ DISCORD_API_URL: fake.apiUrl });
    expect(code).toBe(78);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^Discord refused the request \(403, Missing Access 50001\)\. To fix: invite the bot .*applications\.commands scope.*oauth2\/authorize/,
      ),
    ]);
  }, 30_000);

  it("WHEN the token is refused (401) THEN one line saying to reset it, exit 78", async () => {
    fake = await startFakeDiscord();
    const { code, stderr } = await deploy({ DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: SOME_TOKEN });
    expect(code).toBe(78);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Discord refused the bot token.*Reset Token/),
    ]);
  }, 30_000);

  it("WHEN DISCORD_API_URL is a closed port THEN one line saying Discord cannot be reached, exit 75", async () => {
    const { code, stderr } = await deploy({ DISCORD_API_URL: await closedPortUrl() });
    expect(code).toBe(75);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Discord cannot be reached: .*ECONNREFUSED/),
    ]);
  }, 30_000);
});
